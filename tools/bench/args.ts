import { Endpoint, ENDPOINTS } from './operations';
import { SeedSizes } from './seed';

/** The full data set: scale 1. */
export const BASE: SeedSizes = { posts: 100_000, comments: 300_000, people: 2_000, guilds: 50, squads: 40, standards: 100 };

export interface Options {
  scales: number[];
  connections: number[];
  duration: number;
  /** A/B pairs (Guildhall, floor) per endpoint and connection count. */
  rounds: number;
  databaseUrl: string;
  keep: boolean;
  base: SeedSizes;
  /** The endpoints checked and measured: all of them unless --endpoints names some. */
  endpoints: Endpoint[];
  /** `--cpu-prof DIR`: the measured instance writes a V8 CPU profile (.cpuprofile) there when it stops. */
  cpuProfDir?: string;
}

/** `--name value` or `--name=value`; a flag alone is `true`. */
export function parseArgs(argv: string[]): Options {
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
  const list = (k: string, fallback: number[], integer = false) => {
    const v = args.get(k);
    if (v === undefined) return fallback;
    const values = v.split(',').map(Number);
    if (!values.length || values.some((n) => !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))) {
      throw new Error(`--${k} must be positive${integer ? ' whole' : ''} numbers separated by commas, e.g. ${fallback.join(',')}`);
    }
    return values;
  };
  return {
    scales: args.has('scales') ? list('scales', [0.1, 1]) : args.has('scale') ? [num('scale', 1)] : [0.1, 1],
    connections: list('connections', [10, 50], true),
    duration: num('duration', 10),
    rounds: Math.round(num('rounds', 2)),
    databaseUrl: args.get('database-url') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432',
    keep: args.get('keep') === 'true',
    endpoints: endpoints(args.get('endpoints')),
    cpuProfDir: args.get('cpu-prof') === 'true' ? 'bench-profiles' : args.get('cpu-prof'),
    base: {
      posts: num('posts', BASE.posts),
      comments: num('comments', BASE.comments),
      people: num('people', BASE.people),
      guilds: num('guilds', BASE.guilds),
      squads: num('squads', BASE.squads),
      standards: num('standards', BASE.standards),
    },
  };
}

/** `--endpoints feed,alliance`: known endpoint names, in the bench's order. */
function endpoints(value: string | undefined): Endpoint[] {
  if (value === undefined) return [...ENDPOINTS];
  const names = value.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !(ENDPOINTS as string[]).includes(n));
  if (unknown.length || !names.length) throw new Error(`--endpoints must name some of ${ENDPOINTS.join(', ')} (not ${unknown.join(', ') || 'nothing'})`);
  return ENDPOINTS.filter((e) => names.includes(e));
}

/** The data for one scale; small scales keep enough people and guilds for the lists to be full. */
export function sizesAt(base: SeedSizes, scale: number): SeedSizes {
  return {
    posts: Math.max(10, Math.round(base.posts * scale)),
    comments: Math.max(10, Math.round(base.comments * scale)),
    people: Math.max(20, Math.round(base.people * scale)),
    guilds: Math.max(5, Math.round(base.guilds * Math.max(scale, 0.2))),
    squads: Math.max(2, Math.round(base.squads * scale)),
    standards: Math.max(4, Math.round(base.standards * scale)),
  };
}

export function describe(s: SeedSizes): string {
  return `${s.posts.toLocaleString('en')} posts, ${s.comments.toLocaleString('en')} comments, ${s.people.toLocaleString('en')} people, ${s.guilds} guilds, ${s.squads} squads x ${s.standards} standards`;
}
