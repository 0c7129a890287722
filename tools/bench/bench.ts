/**
 * Guildhall side by side with its floor:
 *
 *   npm run build:api && npm run bench -- [--scales 0.1,1] [--connections 10,50] [--duration 10] [--rounds 2]
 *                                          [--scale 1] [--posts N] [--comments N] [--people N] [--guilds N]
 *                                          [--squads N] [--standards N] [--endpoints alliance,feed]
 *                                          [--database-url postgres://…] [--keep] [--cpu-prof DIR]
 *
 * For each scale (of 100,000 posts, 300,000 comments, 2,000 people, 50 guilds, a tribe of 40 squads x
 * 100 standards, and three alliances of a realistic size; `--scale x` runs one):
 * creates a fresh database on the server in --database-url (or DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432), starts the built API against it with EXPOSE_SQL_STATS on (for
 * answers and statement counts) and a second instance in production mode (the one measured),
 * seeds it in bulk (seed.ts), and starts the floor (floor/): a plain node:http server answering
 * the same seven operations with the same JSON from the same database, session check included,
 * in one SQL statement each. It then checks that both answer every variable of every endpoint
 * with the same data (and stops if not), and measures the feed, a guild page, a post page, a
 * standard's page, the standards tribe's adoption matrix, an alliance's page and a search with autocannon (or only the
 * --endpoints named): for each connection count and endpoint, 3 s of warm-up for each side (not
 * counted), then --rounds pairs of rounds alternating Guildhall and floor, --duration seconds each. It prints per endpoint both sides'
 * req/s and p99 (medians over rounds), the ratios Guildhall/floor, SQL statements per request
 * and errors, whether issue 13's targets hold at the largest scale and 50 connections, and
 * Guildhall's growth with the data.
 */
import { resolve } from 'node:path';
import { createTestDatabase, Person, signUp, signUpAdmin, TestApi, TestDatabase } from '@guildhall/api-testing';
import { describe, Options, parseArgs, sizesAt } from './args';
import { startFloor } from './floor/start';
import { body, Variants } from './operations';
import { printGrowth, printScale, printTargets, Row, ScaleResult } from './report';
import { duel, Target } from './runner';
import { BENCH_ALLIANCE_SLUG, BENCH_ALLIANCES, BENCH_TRIBE, seed, SEARCH_TERMS } from './seed';
import { verifySameAnswers } from './verify';

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const results: ScaleResult[] = [];
  for (const scale of opts.scales) results.push(await runScale(opts, scale));
  console.log('\n' + '='.repeat(100));
  for (const r of results) printScale(r);
  const largest = results.reduce((a, b) => (b.posts > a.posts ? b : a));
  printTargets(largest, opts.base.posts);
  if (results.length > 1) printGrowth(results[0], results[results.length - 1]);
}

async function runScale(opts: Options, scale: number): Promise<ScaleResult> {
  const sizes = sizesAt(opts.base, scale);
  const database = await createTestDatabase({ serverUrl: opts.databaseUrl, prefix: 'guildhall_bench' });
  const databaseUrl = database.url!;
  console.log(`\n== ${describe(sizes)} in database ${new URL(databaseUrl).pathname.slice(1)}`);
  const api = await TestApi.start({}, undefined, { database });
  let floor: Awaited<ReturnType<typeof startFloor>> | undefined;
  let measured: TestApi | undefined;
  try {
    // The viewer is an admin, as the one who runs an instance would be.
    const viewer = await signUpAdmin(api, { displayName: 'Bench Viewer' });
    const started = Date.now();
    await seed(databaseUrl, sizes, viewer.id);
    const seedSeconds = (Date.now() - started) / 1000;
    floor = await startFloor(databaseUrl);
    const counting: Target = { url: api.url, token: viewer.token };
    const plain: Target = { url: floor.url, token: viewer.token };

    const variants = await measuredVariants(api);
    const checked = await withThreadedPost(api, variants);
    // Answers and statement counts come from the instance with EXPOSE_SQL_STATS (test mode); the
    // one measured runs as deployed: production mode, no per-request statement counting.
    const others = opts.endpoints.includes('alliance') ? await allianceViewers(api) : [];
    const statements = await verifySameAnswers(counting, plain, checked, opts.endpoints);
    measured = await startProductionApi(database, opts.cpuProfDir);
    const guildhall: Target = { url: measured.url, token: viewer.token };
    await verifySameAnswers(guildhall, plain, checked, opts.endpoints);
    for (const other of others) {
      for (const instance of [api, measured]) await verifySameAnswers({ url: instance.url, token: other.token }, { url: floor.url, token: other.token }, checked, ['alliance']);
    }
    const requests = opts.endpoints.reduce((n, e) => n + checked[e].length, 0);
    const more = others.length ? `, and the alliance pages to ${others.length} viewers who are not admins` : '';
    console.log(`Guildhall and the floor answer the same data to all ${requests} checked requests${more}.`);

    const rows: Row[] = [];
    for (const connections of opts.connections) {
      for (const endpoint of opts.endpoints) {
        process.stdout.write(`  ${endpoint} at ${connections} connections…\n`);
        const bodies = variants[endpoint].map((v) => body(endpoint, v));
        rows.push({ endpoint, connections, ...(await duel(guildhall, plain, bodies, connections, opts.duration, opts.rounds)) });
      }
    }
    const result = { scale, title: `scale ${scale}: ${describe(sizes)}`, posts: sizes.posts, seedSeconds, rows, statements };
    printScale(result);
    return result;
  } finally {
    await floor?.stop();
    await measured?.stop();
    await api.stop();
    if (opts.keep) console.log(`Kept database ${databaseUrl}`);
    else await database.drop();
  }
}

/**
 * The API as deployed: production mode (graphql-js without its development checks), no statement
 * counting, and session look-ups reused for 30 s (the default with Redis; set here so the bench
 * does not depend on one). Production refuses placeholder database passwords; the bench's local
 * server trusts its connections, so any password does.
 */
function startProductionApi(database: TestDatabase, cpuProfDir?: string): Promise<TestApi> {
  const url = new URL(database.url!);
  url.password = 'bench-not-a-placeholder';
  // With --cpu-prof, V8 samples the measured instance and writes its profile when it stops
  // (open it in Chrome DevTools' Performance panel or speedscope).
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(cpuProfDir)}`] : [];
  return TestApi.start(
    { NODE_ENV: 'production', EXPOSE_SQL_STATS: 'false', SESSION_CACHE_SECONDS: '30' },
    undefined,
    { database: { ...database, env: { DATABASE_URL: url.toString() } }, nodeArgs },
  );
}

/** Several guilds, the busiest posts, the standards with the most versions, the standards tribe, the alliances and the seed's search terms. */
async function measuredVariants(api: TestApi): Promise<Variants> {
  const guildSlugs = (await api.sql(`SELECT slug FROM guilds WHERE slug LIKE 'bench-%' ORDER BY slug LIMIT 20`)).map((r) => r.slug);
  const postIds = (await api.sql(`SELECT id FROM posts ORDER BY comment_count DESC, id LIMIT 50`)).map((r) => r.id);
  const standardSlugs = (await api.sql(`SELECT slug FROM standards ORDER BY current_version DESC, slug LIMIT 20`)).map((r) => r.slug);
  return {
    feed: [{}],
    guild: guildSlugs.map((slug) => ({ slug })),
    post: postIds.map((id) => ({ id })),
    standard: standardSlugs.map((slug) => ({ slug })),
    matrix: [{ slug: BENCH_TRIBE }],
    alliance: Array.from({ length: BENCH_ALLIANCES }, (_, i) => ({ slug: `${BENCH_ALLIANCE_SLUG}${i + 1}` })),
    search: SEARCH_TERMS.map((q) => ({ q })),
  };
}

/**
 * The alliance page answers people who are not admins differently, so two of them are checked
 * too (not measured): a member of a squad on the first alliance's milestones (updates key results
 * there, edits nothing) and the design lead of Alliance Tribe B (edits the alliances with tribe B;
 * may add B to the one without it).
 */
async function allianceViewers(api: TestApi): Promise<Person[]> {
  const squadMember = await signUp(api, { displayName: 'Bench Squad Member' });
  const trioMember = await signUp(api, { displayName: 'Bench Trio Member' });
  await api.sql(
    `INSERT INTO squad_memberships (user_id, squad_id)
     SELECT $1, m.squad_id FROM alliance_milestones m JOIN alliances a ON a.id = m.alliance_id
     WHERE a.slug = $2 AND m.squad_id IS NOT NULL ORDER BY m.due_date LIMIT 1`,
    [squadMember.id, `${BENCH_ALLIANCE_SLUG}1`],
  );
  await api.sql(`UPDATE tribes SET design_lead_id = $1 WHERE slug = 'alliance-tribe-b'`, [trioMember.id]);
  return [squadMember, trioMember];
}

/**
 * The seed writes no replies and accepts no answers. So that the check covers `parent` and
 * `acceptedAnswer` too, one question outside the measured posts gets a reply and an accepted
 * answer, and is checked (not measured) with them; an unknown post and guild are checked as well.
 */
async function withThreadedPost(api: TestApi, variants: Variants): Promise<Variants> {
  const measured = variants.post.map((v) => v.id);
  const [top] = await api.sql(
    `SELECT c.id, c.post_id FROM posts p JOIN LATERAL (SELECT * FROM comments c WHERE c.post_id = p.id ORDER BY c.created_at, c.id LIMIT 1) c ON true
     WHERE p.kind = 'QUESTION' AND p.id <> ALL($1::uuid[]) ORDER BY p.comment_count DESC, p.id LIMIT 1`,
    [measured],
  );
  const extra = [{ id: '00000000-0000-4000-8000-000000000000' }, { id: 'not-a-uuid' }];
  if (top) {
    await api.sql(
      `INSERT INTO comments (post_id, author_id, parent_id, body, thread_id, thread_created_at)
       SELECT post_id, author_id, id, 'A reply, so that the check covers parent { id }.', thread_id, thread_created_at FROM comments WHERE id = $1`,
      [top.id],
    );
    await api.sql(`UPDATE posts SET accepted_answer_id = $1 WHERE id = $2`, [top.id, top.post_id]);
    extra.push({ id: top.post_id });
  }
  return {
    ...variants,
    guild: [...variants.guild, { slug: 'no-such-guild' }],
    post: [...variants.post, ...extra],
    standard: [...variants.standard, { slug: 'no-such-standard' }],
    matrix: [...variants.matrix, { slug: 'no-such-tribe' }],
    alliance: [...variants.alliance, { slug: 'no-such-alliance' }],
    search: [...variants.search, { q: 'Guild' }, { q: 'Ada' }, { q: '  ' }],
  };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
