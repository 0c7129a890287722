import { body, Endpoint, ENDPOINTS, Variants } from './operations';
import { ask, Target } from './runner';

/** SQL statements one request runs, on each side (the most over the checked variables). */
export type Statements = Record<Endpoint, { guildhall: number; floor: number }>;

/**
 * Asks both sides every variable of every endpoint (or of `endpoints`) once and fails loudly unless both answer
 * without errors and with the same `data` (deep-equal; object key order does not count): a
 * floor that answers something else proves nothing. Returns the statements each side ran.
 */
export async function verifySameAnswers(guildhall: Target, floor: Target, variants: Variants, endpoints: readonly Endpoint[] = ENDPOINTS): Promise<Statements> {
  const statements = {} as Statements;
  for (const endpoint of endpoints) {
    const counts = { guildhall: 0, floor: 0 };
    for (const variables of variants[endpoint]) {
      const request = body(endpoint, variables);
      const [a, b] = await Promise.all([ask(guildhall, request), ask(floor, request)]);
      for (const [side, answer] of [['Guildhall', a], ['floor', b]] as const) {
        if (answer.errors || !answer.data) throw new Error(`${endpoint} ${JSON.stringify(variables)}: ${side} failed: ${JSON.stringify(answer.errors)}`);
      }
      const difference = firstDifference(a.data, b.data);
      if (difference) {
        throw new Error(
          `${endpoint} ${JSON.stringify(variables)}: the floor's answer differs from Guildhall's at ${difference.path}:\n` +
            `  Guildhall: ${JSON.stringify(difference.a)}\n  floor:     ${JSON.stringify(difference.b)}`,
        );
      }
      counts.guildhall = Math.max(counts.guildhall, a.extensions?.sqlStatements ?? NaN);
      counts.floor = Math.max(counts.floor, b.extensions?.sqlStatements ?? NaN);
    }
    statements[endpoint] = counts;
  }
  return statements;
}

/** Where two JSON values first differ (object keys compared sorted), or null when they are deep-equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): { path: string; a: unknown; b: unknown } | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = i < a.length && i < b.length ? firstDifference(a[i], b[i], `${path}[${i}]`) : { path: `${path}[${i}]`, a: a[i], b: b[i] };
      if (d) return d;
    }
    return null;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const d = key in a && key in b ? firstDifference(a[key], b[key], `${path}.${key}`) : { path: `${path}.${key}`, a: a[key], b: b[key] };
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : { path, a, b };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
