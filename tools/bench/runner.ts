import autocannon from 'autocannon';

/** One side's load round: throughput, latency percentiles and everything that went wrong. */
export interface Round {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** What the first failed answer said (status and the start of its body), so an error count can be read. */
  firstError?: string;
}

/** Both sides of one endpoint at one connection count, each the median of its rounds. */
export interface Duel {
  guildhall: Round;
  floor: Round;
}

export interface Target {
  url: string;
  token: string;
}

/**
 * Loads `target`'s /graphql with autocannon for `duration` seconds at `connections`, cycling
 * through `bodies`. A non-200 answer or one with `"errors"` counts as an error.
 */
export async function loadRound(target: Target, bodies: string[], connections: number, duration: number): Promise<Round> {
  let i = 0;
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: `${target.url}/graphql`,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    requests: [
      {
        setupRequest: (req: any) => ({ ...req, body: bodies[i++ % bodies.length] }),
        onResponse: (status: number, body: string) => {
          const failed = status !== 200 || body.includes('"errors"');
          if (failed) firstError ??= `${status} ${body.slice(0, 160)}`;
          // A non-2xx answer is already counted by autocannon (non2xx): count only 200s that carry errors.
          if (status === 200 && failed) graphqlErrors++;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    requests: result.requests.total,
    firstError: firstError ?? (result.timeouts ? `timed out (${result.timeouts})` : result.errors ? `connection errors (${result.errors})` : undefined),
  };
}

/**
 * Rounds alternate A B A B … (Guildhall, floor), `pairs` of each, so drift on the machine hits
 * both sides alike. Each side first serves `warmup` seconds of the same load, not counted: the
 * rounds measure code V8 has compiled for the endpoint, not the compiling (a cold first round
 * of the feed served a third fewer requests than the next).
 */
export async function duel(guildhall: Target, floor: Target, bodies: string[], connections: number, duration: number, pairs: number, warmup = 3): Promise<Duel> {
  if (warmup > 0) {
    await loadRound(guildhall, bodies, connections, warmup);
    await loadRound(floor, bodies, connections, warmup);
  }
  const a: Round[] = [];
  const b: Round[] = [];
  for (let k = 0; k < pairs; k++) {
    a.push(await loadRound(guildhall, bodies, connections, duration));
    b.push(await loadRound(floor, bodies, connections, duration));
  }
  return { guildhall: medianRound(a), floor: medianRound(b) };
}

/** Median throughput and latencies over rounds; errors and requests summed. */
function medianRound(rounds: Round[]): Round {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** POSTs one GraphQL body to `target`. */
export async function ask(target: Target, body: string): Promise<{ data?: unknown; errors?: unknown[]; extensions?: { sqlStatements?: number } }> {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body,
  });
  return (await res.json()) as { data?: unknown; errors?: unknown[]; extensions?: { sqlStatements?: number } };
}
