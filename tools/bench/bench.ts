/**
 * `npm run bench -- [--scale 1] [--scales 0.1,1] [--duration 10] [--connections 10] [--posts N] [--comments N]
 *                  [--people N] [--guilds N] [--database-url postgres://…] [--keep]`
 *
 * For each scale: creates a fresh database on the server in --database-url (or DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432), starts the built API against it (run
 * `npm run build:api` first) with EXPOSE_SQL_STATS on, seeds it in bulk, then measures the feed,
 * a guild page, a post page and a search under concurrent load with autocannon: throughput,
 * latency percentiles and SQL statements per request. With several scales it ends with a
 * side-by-side table, so growth with the data shows.
 */
import autocannon from 'autocannon';
import { createTestDatabase, signUpAdmin, TestApi } from '@guildhall/api-testing';
import { seed, SEARCH_TERMS, SeedSizes } from './seed';

const BASE = { posts: 100_000, comments: 300_000, people: 2_000, guilds: 50 };

interface Options {
  scales: number[];
  duration: number;
  connections: number;
  databaseUrl: string;
  keep: boolean;
  base: SeedSizes;
}

interface Measurement {
  endpoint: string;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  statements: number | undefined;
  errors: number;
  requests: number;
}

function parseArgs(argv: string[]): Options {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [k, v] = a.slice(2).split('=');
    if (v !== undefined) args.set(k, v);
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) args.set(k, argv[++i]);
    else args.set(k, 'true');
  }
  const num = (k: string, fallback: number) => {
    const v = args.get(k);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${k} must be a positive number`);
    return n;
  };
  const scales = args.has('scales') ? args.get('scales')!.split(',').map(Number) : [num('scale', 1)];
  if (scales.some((s) => !Number.isFinite(s) || s <= 0)) throw new Error('--scales must be positive numbers, e.g. 0.1,1');
  return {
    scales,
    duration: num('duration', 10),
    connections: num('connections', 10),
    databaseUrl: args.get('database-url') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432',
    keep: args.get('keep') === 'true',
    base: { posts: num('posts', BASE.posts), comments: num('comments', BASE.comments), people: num('people', BASE.people), guilds: num('guilds', BASE.guilds) },
  };
}

const POST_FIELDS = `id title kind tags score commentCount viewerHasUpvoted pinned createdAt author { id displayName } guild { id name slug }`;
const QUERIES = {
  feed: `query Feed { feed(first: 20) { pageInfo { hasNextPage endCursor } edges { node { ${POST_FIELDS} } } } }`,
  guild: `query GuildPage($slug: String!) { guild(slug: $slug) { id name description posts(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${POST_FIELDS} } } } } }`,
  post: `query PostPage($id: ID!) { post(id: $id) { ${POST_FIELDS} body updatedAt locked acceptedAnswer { id }
    comments(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { id body createdAt author { id displayName } parent { id } } } } } }`,
  search: `query Search($q: String!) { search(query: $q, first: 20) { pageInfo { hasNextPage endCursor } edges { snippet node {
    __typename ... on Post { id title score author { displayName } guild { name } } ... on Guild { id name slug } ... on User { id displayName } } } } }`,
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const results: { scale: number; sizes: SeedSizes; seedSeconds: number; rows: Measurement[] }[] = [];
  for (const scale of opts.scales) {
    const sizes: SeedSizes = {
      posts: Math.max(10, Math.round(opts.base.posts * scale)),
      comments: Math.max(10, Math.round(opts.base.comments * scale)),
      people: Math.max(20, Math.round(opts.base.people * scale)),
      guilds: Math.max(5, Math.round(opts.base.guilds * Math.max(scale, 0.2))),
    };
    results.push({ scale, sizes, ...(await runScale(opts, sizes)) });
  }
  console.log('\n' + '='.repeat(100));
  for (const r of results) printTable(`scale ${r.scale}: ${describe(r.sizes)} (seeded in ${r.seedSeconds.toFixed(0)} s)`, r.rows);
  if (results.length > 1) {
    const [small, large] = [results[0], results[results.length - 1]];
    console.log(`\nGrowth from scale ${small.scale} to ${large.scale} (${(large.sizes.posts / small.sizes.posts).toFixed(0)}x the posts):`);
    for (const row of large.rows) {
      const before = small.rows.find((r) => r.endpoint === row.endpoint)!;
      console.log(
        `  ${row.endpoint.padEnd(8)} p50 ${before.p50} -> ${row.p50} ms, p99 ${before.p99} -> ${row.p99} ms, ` +
          `throughput ${before.rps.toFixed(0)} -> ${row.rps.toFixed(0)} req/s, SQL statements ${before.statements} -> ${row.statements}`,
      );
    }
  }
}

async function runScale(opts: Options, sizes: SeedSizes): Promise<{ seedSeconds: number; rows: Measurement[] }> {
  const database = await createTestDatabase({ serverUrl: opts.databaseUrl, prefix: 'guildhall_bench' });
  const databaseUrl = database.url!;
  console.log(`\n== ${describe(sizes)} in database ${new URL(databaseUrl).pathname.slice(1)}`);
  const api = await TestApi.start({}, undefined, { database });
  try {
    // The viewer is an admin, as the one who runs an instance would be.
    const viewer = await signUpAdmin(api, { displayName: 'Bench Viewer' });
    const token = viewer.token;
    const started = Date.now();
    await seed(databaseUrl, sizes, viewer.id);
    const seedSeconds = (Date.now() - started) / 1000;

    // Variables for each endpoint: several guilds, busy posts and search terms, so caches do not flatter.
    const guildSlugs = (await api.sql(`SELECT slug FROM guilds WHERE slug LIKE 'bench-%' ORDER BY slug LIMIT 20`)).map((r) => r.slug);
    const postIds = (await api.sql(`SELECT id FROM posts ORDER BY comment_count DESC, id LIMIT 50`)).map((r) => r.id);

    const variants: Record<keyof typeof QUERIES, Record<string, unknown>[]> = {
      feed: [{}],
      guild: guildSlugs.map((slug) => ({ slug })),
      post: postIds.map((id) => ({ id })),
      search: SEARCH_TERMS.map((q) => ({ q })),
    };
    const rows: Measurement[] = [];
    for (const endpoint of Object.keys(QUERIES) as (keyof typeof QUERIES)[]) {
      rows.push(await measure(api, token, endpoint, QUERIES[endpoint], variants[endpoint], opts));
    }
    printTable(describe(sizes), rows);
    return { seedSeconds, rows };
  } finally {
    await api.stop();
    if (opts.keep) console.log(`Kept database ${databaseUrl}`);
    else await database.drop();
  }
}

async function measure(
  api: TestApi,
  token: string,
  endpoint: string,
  query: string,
  variants: Record<string, unknown>[],
  opts: Options,
): Promise<Measurement> {
  // One request first: it must succeed, and it tells how many SQL statements the endpoint runs.
  const statements: number[] = [];
  for (const variables of variants.slice(0, 5)) {
    const probe = await api.gql(query, variables, { token });
    if (probe.errors) throw new Error(`${endpoint} failed: ${JSON.stringify(probe.errors)}`);
    statements.push(probe.extensions?.sqlStatements ?? NaN);
  }
  const bodies = variants.map((variables) => JSON.stringify({ query, variables }));
  let i = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${api.url}/graphql`,
    method: 'POST',
    connections: opts.connections,
    duration: opts.duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (req: any) => ({ ...req, body: bodies[i++ % bodies.length] }),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    endpoint,
    rps: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    statements: Math.max(...statements),
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    requests: result.requests.total,
  };
}

function printTable(title: string, rows: Measurement[]) {
  console.log(`\n${title}`);
  console.log('  endpoint   req/s    p50 ms  p90 ms  p99 ms  SQL/req  requests  errors');
  for (const r of rows) {
    console.log(
      `  ${r.endpoint.padEnd(9)} ${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p90).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.statements).padStart(7)}  ${String(r.requests).padStart(8)}  ${String(r.errors).padStart(6)}`,
    );
  }
}

function describe(s: SeedSizes) {
  return `${s.posts.toLocaleString('en')} posts, ${s.comments.toLocaleString('en')} comments, ${s.people.toLocaleString('en')} people, ${s.guilds} guilds`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
