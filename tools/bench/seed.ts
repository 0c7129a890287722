import { Client } from 'pg';
import { progressBar } from './progress';

/** How much data the benchmark loads. */
export interface SeedSizes {
  posts: number;
  comments: number;
  people: number;
  guilds: number;
  /** The standards tribe: its squads, and the standards of its chapters (every squad adopts each). */
  squads: number;
  standards: number;
}

/**
 * The alliances the alliance page shows: each at a realistic size, the same at every scale (an
 * organisation has a handful, however much its guilds write). `BENCH_ALLIANCES` alliances of
 * four of five tribes of five squads, each with four objectives of three key results (one falling)
 * with 30 weekly updates each, 20 milestones and 30 decisions.
 */
export const BENCH_ALLIANCES = 3;
export const BENCH_ALLIANCE_SLUG = 'bench-alliance-';
const ALLIANCE_TRIBES = 5;
const ALLIANCE_SQUADS_PER_TRIBE = 5;
const ALLIANCE_CRITERIA = ['Listeners first', 'Reuse before build', 'Every market at once', 'Measurable in a sprint', 'Reversible decisions'];
const OBJECTIVES_PER_ALLIANCE = 4;
const KEY_RESULTS_PER_OBJECTIVE = 3;
const UPDATES_PER_KEY_RESULT = 30;
const MILESTONES_PER_ALLIANCE = 20;
const DECISIONS_PER_ALLIANCE = 30;

/** The standards tribe's slug, its chapters' count, and the standards the bench pages show. */
export const BENCH_TRIBE = 'bench-tribe';
const BENCH_CHAPTERS = 4;

const FIRST_NAMES = `Ada Alan Barbara Brian Carol Claude Dana Dennis Edsger Elena Frances Grace Guido Hedy Ivan Jean Joan John Ken Linus
  Lynn Margaret Mary Niklaus Olga Radia Rasmus Rob Ruth Sophie Tim Tony Ursula Vint Whitfield Xavier Yukihiro Zhang Anita Bjarne`.split(/\s+/);
const LAST_NAMES = `Lovelace Turing Liskov Kernighan Shannon Ritchie Dijkstra Allen Hopper Rossum Lamarr Sutherland Sammet Backus Thompson
  Torvalds Conway Hamilton Wirth Perlman Lerdorf Pike Berners Lee Hoare Diffie Matsumoto Wilson Knuth Stallman Goldberg Kay Engelbart
  Cerf Kahn Hellman Adleman Rivest Shamir Lamport Codd Gray Stonebraker Bachman Moore Noyce Kilby Wozniak Jobs Gates`.split(/\s+/);
const GUILD_TOPICS = `Backend Frontend Data Platform Security Observability Mobile Android iOS Design Accessibility Testing Kotlin TypeScript Go Rust
  Python Java Cloud Kubernetes Databases Architecture Agile Product Research Machine-Learning Analytics Performance Reliability DevEx
  GraphQL API Documentation Open-Source Hiring Mentoring Writing Leadership Coaching Infrastructure Networking Payments Search
  Streaming Privacy Compliance Localisation Growth Experimentation Sustainability`.split(/\s+/);
const TAGS = `kotlin typescript go rust python java kubernetes terraform postgres kafka graphql react android ios testing security
  observability tracing metrics logging ci cd docker aws gcp performance caching accessibility design agile okr architecture
  microservices monolith api mobile data ml analytics sql`.split(/\s+/);
/** Real words first (they get stemmed like real text), then enough invented ones for a long tail. */
const WORDS = `team squad tribe chapter guild alignment autonomy deploy release pipeline service latency throughput cache queue
  database index query migration schema rollout incident postmortem alert dashboard metric trace span log error retry timeout budget
  roadmap backlog sprint retro standup estimate review merge branch commit test coverage flaky mock contract interface dependency
  library framework upgrade deprecation security token session cookie password encryption certificate network proxy gateway balancer
  container cluster node pod scaling autoscaling memory cpu thread async event stream batch job scheduler cron worker consumer producer
  partition replica leader follower consistency availability durability backup restore disaster recovery feature flag experiment
  hypothesis metric conversion funnel onboarding mentoring hiring interview career growth feedback coaching facilitation workshop
  documentation handbook runbook playbook standard practice guideline principle pattern antipattern refactor legacy monolith module
  boundary domain context aggregate entity value repository adapter port hexagonal clean layered reactive functional immutable pure`
  .split(/\s+/)
  .concat(Array.from({ length: 1500 }, (_, i) => invented(i)));

function invented(i: number): string {
  const c = 'bcdfghjklmnprstvz';
  const v = 'aeiou';
  let s = '';
  let n = i + 7;
  for (let k = 0; k < 3; k++) {
    s += c[n % c.length] + v[Math.floor(n / c.length) % v.length];
    n = Math.floor(n / (c.length * v.length)) + k * 13 + i;
  }
  return s + 'x';
}

/** Words that appear in a moderate share of posts: the benchmark's search terms. */
export const SEARCH_TERMS = ['rollout incident', 'flaky test', 'kafka consumer', 'schema migration', 'chapters', 'autoscaling', 'postmortem alert', 'mentoring'];

const sqlArray = (items: string[]) => `ARRAY[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

/**
 * Loads people, guilds, memberships, posts, comments and votes with set-based SQL
 * (generate_series), in batches so progress shows. Triggers are off while loading
 * (session_replication_role = replica, which needs a superuser) and counters, tag counts
 * and search documents are computed once at the end.
 */
export async function seed(databaseUrl: string, sizes: SeedSizes, viewerId: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const run = async (phase: string, total: number, batch: number, sql: (from: number, to: number) => string) => {
    const bar = progressBar(phase, total);
    for (let from = 1; from <= total; from += batch) {
      const to = Math.min(total, from + batch - 1);
      await db.query(sql(from, to));
      bar.update(to);
    }
    bar.stop();
  };
  try {
    await db.query(`SELECT setseed(0.42)`);
    await db.query(`SET session_replication_role = replica`);
    // n words of text; volatile, so every row gets its own.
    await db.query(`
      CREATE FUNCTION pg_temp.bench_text(n int) RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT string_agg(w[1 + floor(array_length(w, 1) * random() ^ 2)::int], ' ')
        FROM (SELECT ${sqlArray(WORDS)}::text[] AS w) a, generate_series(1, n)
      $$`);
    await db.query(`CREATE TEMP TABLE b_users (n int PRIMARY KEY, id uuid NOT NULL)`);
    await db.query(`CREATE TEMP TABLE b_guilds (n int PRIMARY KEY, id uuid NOT NULL)`);
    await db.query(`CREATE TEMP TABLE b_posts (n int PRIMARY KEY, id uuid NOT NULL)`);
    // A skewed pick (random()^2): a few words are common, most are rare, like real text.
    const text = (count: string) => `pg_temp.bench_text(${count})`;

    await run('people', sizes.people, 5000, (from, to) => `
      WITH ins AS (INSERT INTO users (email, display_name, discipline)
        SELECT 'bench-' || i || '@example.com',
               (${sqlArray(FIRST_NAMES)})[1 + i % ${FIRST_NAMES.length}] || ' ' || (${sqlArray(LAST_NAMES)})[1 + (i / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}],
               (ARRAY['Backend','Frontend','Data','Design','iOS','Android','QA','Platform'])[1 + i % 8]
        FROM generate_series(${from}, ${to}) i RETURNING id, email)
      INSERT INTO b_users SELECT substring(email from 'bench-(\\d+)@')::int, id FROM ins`);

    await run('guilds', sizes.guilds, 1000, (from, to) => `
      WITH ins AS (INSERT INTO guilds (slug, name, description)
        SELECT 'bench-' || i || '-' || lower(t), replace(t, '-', ' ') || ' Guild ' || i, 'Everything about ' || replace(t, '-', ' ') || '.'
        FROM generate_series(${from}, ${to}) i, LATERAL (SELECT (${sqlArray(GUILD_TOPICS)})[1 + (i - 1) % ${GUILD_TOPICS.length}] AS t) x
        RETURNING id, slug)
      INSERT INTO b_guilds SELECT split_part(slug, '-', 2)::int, id FROM ins`);

    // Everyone joins 5 guilds; the benchmark's viewer joins 5 and coordinates one.
    await run('memberships', sizes.people, 5000, (from, to) => `
      INSERT INTO guild_memberships (guild_id, user_id, is_coordinator)
      SELECT g.id, u.id, k = 0 AND u.n <= ${sizes.guilds} FROM b_users u
      CROSS JOIN generate_series(0, 4) k
      JOIN b_guilds g ON g.n = 1 + (u.n * 7 + k * 11) % ${sizes.guilds}
      WHERE u.n BETWEEN ${from} AND ${to} ON CONFLICT DO NOTHING`);
    await db.query(
      `INSERT INTO guild_memberships (guild_id, user_id, is_coordinator) SELECT id, $1, n = 1 FROM b_guilds WHERE n <= 5 ON CONFLICT DO NOTHING`,
      [viewerId],
    );

    await db.query(`INSERT INTO b_posts SELECT n, gen_random_uuid() FROM generate_series(1, ${sizes.posts}) n`);
    // Newest is the highest n; every three posts share a timestamp, so keyset ties are real.
    await run('posts', sizes.posts, 5000, (from, to) => `
      INSERT INTO posts (id, guild_id, author_id, kind, title, body, tags, pinned, created_at, updated_at)
      SELECT p.id, g.id, u.id,
        CASE WHEN p.n % 97 = 0 THEN 'ANNOUNCEMENT' WHEN p.n % 5 = 0 THEN 'QUESTION' ELSE 'ARTICLE' END,
        initcap(${text('4 + p.n % 5')}),
        '## ' || ${text('3')} || E'\\n\\n' || ${text('30 + p.n % 60')} || E'\\n\\n- ' || ${text('8')} || E'\\n- **' || ${text('4')} || '**',
        ARRAY(SELECT DISTINCT t FROM unnest(ARRAY[(${sqlArray(TAGS)})[1 + p.n % ${TAGS.length}], (${sqlArray(TAGS)})[1 + (p.n * 7) % ${TAGS.length}]]) t),
        p.n % 2000 = 1,
        now() - make_interval(secs => ((${sizes.posts} - p.n) / 3) * 60),
        now() - make_interval(secs => ((${sizes.posts} - p.n) / 3) * 60)
      FROM b_posts p
      JOIN b_guilds g ON g.n = 1 + p.n % ${sizes.guilds}
      JOIN b_users u ON u.n = 1 + (p.n * 31) % ${sizes.people}
      WHERE p.n BETWEEN ${from} AND ${to}`);

    await run('comments', sizes.comments, 10000, (from, to) => `
      INSERT INTO comments (id, post_id, author_id, body, thread_id, thread_created_at, created_at, updated_at)
      SELECT c.id, p.id, u.id, c.body, c.id, ts, ts, ts FROM (
        SELECT i, gen_random_uuid() AS id, ${text('10 + i % 30')} AS body FROM generate_series(${from}, ${to}) i
      ) c
      JOIN b_posts bp ON bp.n = 1 + (c.i::bigint * 7919) % ${sizes.posts}
      JOIN posts p ON p.id = bp.id
      JOIN b_users u ON u.n = 1 + (c.i * 31) % ${sizes.people}
      CROSS JOIN LATERAL (SELECT p.created_at + make_interval(secs => 60 + c.i % 3600) AS ts) t`);

    await run('votes', sizes.posts, 10000, (from, to) => `
      INSERT INTO post_votes (post_id, user_id)
      SELECT p.id, u.id FROM b_posts p CROSS JOIN generate_series(0, 7) k
      JOIN b_users u ON u.n = 1 + (p.n * 13 + k * 101) % ${sizes.people}
      WHERE p.n BETWEEN ${from} AND ${to} AND k < p.n % 8 ON CONFLICT DO NOTHING`);

    await seedStandards(db, sizes, viewerId, text);
    await seedAlliances(db, text);

    // Counters and search documents, as the triggers would have kept them (triggers on again).
    await db.query(`SET session_replication_role = origin`);
    // Naming current_version fires the standards' search trigger (standards-search migration).
    await db.query(`UPDATE standards SET current_version = current_version`);
    await run('search & counts', sizes.posts, 5000, (from, to) => `
      UPDATE posts p SET
        comment_count = c.n, score = v.n,
        comments_tsv = coalesce(to_tsvector('english', left(c.bodies, 200000)), ''::tsvector)
      FROM b_posts b
      CROSS JOIN LATERAL (SELECT count(*) AS n, string_agg(body, ' ' ORDER BY created_at) AS bodies FROM comments WHERE post_id = b.id) c
      CROSS JOIN LATERAL (SELECT count(*) AS n FROM post_votes WHERE post_id = b.id) v
      WHERE p.id = b.id AND b.n BETWEEN ${from} AND ${to}`);
    await db.query(`DELETE FROM tag_counts`);
    await db.query(`INSERT INTO tag_counts (tag, count) SELECT t, count(*) FROM posts, unnest(tags) t GROUP BY t`);
    process.stdout.write(' vacuum analyze…\n');
    await db.query(`VACUUM ANALYZE`);
  } finally {
    await db.end();
  }
}

/**
 * A tribe of `squads` squads and four chapters sharing `standards` published standards (one to
 * three versions each, the viewer publishing), and every squad's adoption of each: 30% adopted
 * (some of an older version: outdated), 30% in progress, 10% exempt (half of those lapsed), the
 * rest nothing recorded. Triggers are off (see seed), so versions are written as is.
 */
async function seedStandards(db: Client, sizes: SeedSizes, viewerId: string, text: (count: string) => string): Promise<void> {
  const [tribe] = (await db.query(`INSERT INTO tribes (slug, name, mission) VALUES ($1, 'Bench Tribe', 'Standards at scale.') RETURNING id`, [BENCH_TRIBE])).rows;
  await db.query(
    `INSERT INTO squads (slug, tribe_id, name, mission) SELECT 'bench-squad-' || i, $1, 'Bench Squad ' || i, 'Squad ' || i || ' of the bench tribe.' FROM generate_series(1, $2::int) i`,
    [tribe.id, sizes.squads],
  );
  await db.query(
    `INSERT INTO chapters (slug, tribe_id, name, discipline, lead_id)
     SELECT 'bench-chapter-' || i, $1, 'Bench Chapter ' || i, (ARRAY['Backend','Frontend','Data','Platform'])[i], $2 FROM generate_series(1, ${BENCH_CHAPTERS}) i`,
    [tribe.id, viewerId],
  );
  await db.query(`CREATE TEMP TABLE b_standards (n int PRIMARY KEY, id uuid NOT NULL, versions int NOT NULL)`);
  await db.query(`INSERT INTO b_standards SELECT n, gen_random_uuid(), 1 + n % 3 FROM generate_series(1, $1::int) n`, [sizes.standards]);
  await db.query(
    `INSERT INTO standard_versions (standard_id, number, body, change_note, published_at, published_by_id)
     SELECT b.id, k, '## ' || ${text('3')} || E'\\n\\n' || ${text('40 + b.n % 40')}, CASE WHEN k > 1 THEN initcap(${text('4')}) END,
       now() - make_interval(days => 100 - 20 * k, secs => b.n), $1
     FROM b_standards b CROSS JOIN LATERAL generate_series(1, b.versions) k`,
    [viewerId],
  );
  await db.query(
    `INSERT INTO standards (id, slug, chapter_id, title, summary, level, status, draft_body, draft_pending, current_version, adopt_by, created_by_id, created_at, updated_at)
     SELECT b.id, 'bench-standard-' || b.n, c.id, 'Bench Standard ' || b.n || ': ' || initcap(${text('3')}), initcap(${text('8')}),
       (ARRAY['MUST','SHOULD','MAY'])[1 + b.n % 3], 'PUBLISHED', v.body, false, b.versions,
       CASE WHEN b.n % 2 = 0 THEN now() + make_interval(days => b.n % 60 - 20) END, $1, v.published_at - interval '30 days', v.published_at
     FROM b_standards b
     JOIN chapters c ON c.slug = 'bench-chapter-' || (1 + b.n % ${BENCH_CHAPTERS})
     JOIN standard_versions v ON v.standard_id = b.id AND v.number = b.versions`,
    [viewerId],
  );
  // Per squad and standard, k in 0..9: 0-2 adopted (of an older version, when there is one, for k = 0 and for
  // standards n = 2 mod 4), 3, 4 and 8 in progress, 5 exempt (lapsed for odd n), 6, 7 and 9 nothing. Even the
  // smallest scale (2 squads x 4 standards) has each case.
  await db.query(
    `INSERT INTO standard_adoptions (standard_id, squad_id, status, version, note, exempt_until, updated_at, updated_by_id)
     SELECT b.id, q.id, x.status,
       CASE WHEN x.status = 'ADOPTED' AND (x.k = 0 OR b.n % 4 = 2) AND b.versions > 1 THEN b.versions - 1 WHEN x.status IN ('ADOPTED', 'IN_PROGRESS') THEN b.versions END,
       CASE WHEN x.status = 'EXEMPT' THEN 'Retiring this service.' END,
       CASE WHEN x.status = 'EXEMPT' THEN now() + make_interval(days => CASE WHEN b.n % 2 = 0 THEN 30 ELSE -3 END) END,
       now() - make_interval(days => x.k, secs => b.n), $2
     FROM b_standards b
     JOIN squads q ON q.tribe_id = $1
     CROSS JOIN LATERAL (SELECT (b.n * 7 + substring(q.slug from '\\d+$')::int * 3 + 5) % 10 AS k) kk
     CROSS JOIN LATERAL (SELECT kk.k, CASE WHEN kk.k <= 2 THEN 'ADOPTED' WHEN kk.k <= 4 OR kk.k = 8 THEN 'IN_PROGRESS' WHEN kk.k = 5 THEN 'EXEMPT' END AS status) x
     WHERE x.status IS NOT NULL`,
    [tribe.id, viewerId],
  );
}

/**
 * The alliances (see BENCH_ALLIANCES): tribes "Alliance Tribe A".."E" with trios of the first
 * people (every other design seat empty), five squads each; alliance i joins every tribe but the
 * i-th, so each has tribes it could add. Key results k = 2 fall (800 -> 300), the others rise;
 * each update moves a key result a little further (never quite to its target), the newest this
 * week. Milestones run from ten weeks ago to ten weeks ahead, a round of DONE, AT_RISK, MISSED
 * and PLANNED, one in five without a squad; decisions cite two criteria each, a third without context.
 */
async function seedAlliances(db: Client, text: (count: string) => string): Promise<void> {
  const letter = (i: string) => `chr(64 + ${i})`;
  await db.query(
    `INSERT INTO tribes (slug, name, mission, tribe_lead_id, product_lead_id, design_lead_id)
     SELECT 'alliance-tribe-' || lower(${letter('i')}), 'Alliance Tribe ' || ${letter('i')}, 'Tribe ' || ${letter('i')} || ' of the bench alliances.',
       (SELECT id FROM b_users WHERE n = 3 * i - 2), (SELECT id FROM b_users WHERE n = 3 * i - 1), CASE WHEN i % 2 = 1 THEN (SELECT id FROM b_users WHERE n = 3 * i) END
     FROM generate_series(1, ${ALLIANCE_TRIBES}) i`,
  );
  await db.query(
    `INSERT INTO squads (slug, tribe_id, name, mission)
     SELECT t.slug || '-squad-' || k, t.id, t.name || ' Squad ' || k, 'Squad ' || k || ' of ' || t.name || '.'
     FROM tribes t CROSS JOIN generate_series(1, ${ALLIANCE_SQUADS_PER_TRIBE}) k WHERE t.slug LIKE 'alliance-tribe-%'`,
  );
  await db.query(
    `INSERT INTO alliances (slug, name, goal, status, criteria, created_by, created_at, updated_at)
     SELECT '${BENCH_ALLIANCE_SLUG}' || i, 'Bench Alliance ' || i, initcap(${text('12')}) || '.', 'ACTIVE', $1::text[],
       (SELECT id FROM b_users WHERE n = 1), now() - interval '90 days', now() - interval '90 days'
     FROM generate_series(1, ${BENCH_ALLIANCES}) i`,
    [ALLIANCE_CRITERIA],
  );
  await db.query(
    `INSERT INTO alliance_tribes (alliance_id, tribe_id, added_by, added_at)
     SELECT a.id, t.id, a.created_by, a.created_at + make_interval(secs => ascii(right(t.slug, 1)))
     FROM alliances a JOIN tribes t ON t.slug LIKE 'alliance-tribe-%'
     WHERE a.slug LIKE '${BENCH_ALLIANCE_SLUG}%' AND t.slug <> 'alliance-tribe-' || lower(chr(64 + substring(a.slug from '\\d+$')::int))`,
  );
  await db.query(
    `INSERT INTO alliance_objectives (alliance_id, title, position)
     SELECT a.id, initcap(${text('5')}), p FROM alliances a CROSS JOIN generate_series(1, ${OBJECTIVES_PER_ALLIANCE}) p WHERE a.slug LIKE '${BENCH_ALLIANCE_SLUG}%'`,
  );
  // Update j of n is at baseline + (target - baseline) * j / (n + 7): the current value is the last one.
  const valueAt = (j: string) => `x.baseline + (x.target - x.baseline) * ${j}::float8 / ${UPDATES_PER_KEY_RESULT + 7}`;
  await db.query(
    `INSERT INTO alliance_key_results (objective_id, title, unit, baseline, target, current, position, updated_at)
     SELECT o.id, initcap(${text('4')}), CASE WHEN x.k = 2 THEN 'ms' WHEN x.k = 3 THEN '%' END, x.baseline, x.target, ${valueAt(String(UPDATES_PER_KEY_RESULT))}, x.k, now() - interval '1 day'
     FROM alliance_objectives o JOIN alliances a ON a.id = o.alliance_id
     CROSS JOIN LATERAL (
       SELECT k, CASE WHEN k = 2 THEN 800 ELSE 10.5 * k + o.position END::float8 AS baseline, CASE WHEN k = 2 THEN 300 ELSE 100 * k + 0.3 * o.position END::float8 AS target
       FROM generate_series(1, ${KEY_RESULTS_PER_OBJECTIVE}) k
     ) x
     WHERE a.slug LIKE '${BENCH_ALLIANCE_SLUG}%'`,
  );
  await db.query(
    `INSERT INTO alliance_key_result_updates (key_result_id, value, updated_by, updated_at)
     SELECT x.id, ${valueAt('j')}, (SELECT id FROM b_users WHERE n = 1 + (j * 7 + x.position) % 15), now() - make_interval(days => 1 + 7 * (${UPDATES_PER_KEY_RESULT} - j))
     FROM alliance_key_results x JOIN alliance_objectives o ON o.id = x.objective_id JOIN alliances a ON a.id = o.alliance_id
     CROSS JOIN generate_series(1, ${UPDATES_PER_KEY_RESULT}) j
     WHERE a.slug LIKE '${BENCH_ALLIANCE_SLUG}%'`,
  );
  await db.query(
    `INSERT INTO alliance_milestones (alliance_id, title, due_date, squad_id, status, created_at)
     SELECT a.id, initcap(${text('4')}), now() + make_interval(days => 7 * (m - ${MILESTONES_PER_ALLIANCE / 2}), secs => m),
       CASE WHEN m % 5 <> 0 THEN (
         SELECT q.id FROM alliance_tribes x JOIN squads q ON q.tribe_id = x.tribe_id WHERE x.alliance_id = a.id ORDER BY q.slug OFFSET m LIMIT 1) END,
       (ARRAY['DONE', 'AT_RISK', 'MISSED', 'PLANNED'])[1 + m % 4], a.created_at + make_interval(secs => m)
     FROM alliances a CROSS JOIN generate_series(1, ${MILESTONES_PER_ALLIANCE}) m WHERE a.slug LIKE '${BENCH_ALLIANCE_SLUG}%'`,
  );
  await db.query(
    `INSERT INTO alliance_decisions (alliance_id, title, context, outcome, criteria, decided_by, decided_at)
     SELECT a.id, initcap(${text('6')}), CASE WHEN d % 3 <> 0 THEN initcap(${text('25')}) || '.' END, initcap(${text('15')}) || '.',
       ARRAY[a.criteria[1 + d % 5], a.criteria[1 + (d + 2) % 5]], (SELECT id FROM b_users WHERE n = 1 + d % 15), now() - make_interval(days => 3 * d, secs => d)
     FROM alliances a CROSS JOIN generate_series(1, ${DECISIONS_PER_ALLIANCE}) d WHERE a.slug LIKE '${BENCH_ALLIANCE_SLUG}%'`,
  );
}
