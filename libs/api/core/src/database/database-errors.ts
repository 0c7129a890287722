/** PostgreSQL's codes for "the server is going away or cannot take you now". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// pg and pg-pool report these as plain Errors, without a code.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // unexpectedly, due to connection timeout, or cut by DatabaseMonitor
  /^timeout exceeded when trying to connect/, // no pooled connection came free in time
  /^Query read timeout/,
  /is not queryable/,
  /^Cannot use a pool after calling end/,
];

/**
 * Whether `error` means the database cannot be reached (stopped, restarting, network gone)
 * rather than a fault in a query. Looks through TypeORM's and GraphQL's wrappers.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return true;
    const next = e as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    e = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'Guildhall cannot reach its database right now (it may be restarting or overloaded). Please try again in a few seconds.';
