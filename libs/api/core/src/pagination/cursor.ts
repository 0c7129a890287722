import { badInput } from '../errors/app-errors';
import { isUuid } from '../validation/ids';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` clamped to 1..100 (20 when omitted); negative values are a client mistake. */
export function pageSize(first?: number | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw badInput('first must be a positive whole number.', 'first');
  return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
}

/** A keyset cursor: the sort key values of the last row, opaque to clients. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * What each value of a keyset cursor must be. Cursors come back from clients, so every value
 * is checked before it reaches SQL: a forged cursor is a client mistake, never a server fault.
 */
export type CursorPart = 'string' | 'uuid' | 'timestamp' | 'boolean' | 'number';

const CURSOR_MAX_LENGTH = 1024;

const cursorPartCheck: Record<CursorPart, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string' && v.length <= 500 && !v.includes('\u0000'),
  uuid: isUuid,
  timestamp: isTimestampKey,
  boolean: (v) => typeof v === 'boolean',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
};

/** Decodes a cursor made by encodeCursor and checks it holds `shape`; anything else is BAD_USER_INPUT. */
export function decodeCursor<T extends unknown[] = unknown[]>(cursor: string | null | undefined, shape: readonly CursorPart[]): T | undefined {
  if (!cursor) return undefined;
  if (cursor.length <= CURSOR_MAX_LENGTH) {
    try {
      const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(values) && values.length === shape.length && shape.every((part, i) => cursorPartCheck[part](values[i]))) {
        return values as T;
      }
    } catch {
      /* fall through */
    }
  }
  throw badInput('The cursor is not valid; start again from the first page.', 'after');
}

/**
 * A timestamp as a cursor value, to the microsecond PostgreSQL keeps (a JavaScript Date would
 * drop the last three digits and skip or repeat rows). Select it with timestampKey(column).
 */
export function timestampKey(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function isTimestampKey(value: unknown): value is string {
  return typeof value === 'string' && value.length === 27 && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(value);
}

/**
 * A page's total: counted up front (a number), or a count that runs only when a client selects
 * `totalCount` (the connection's totalCount field resolver calls it), for lists whose count is a
 * query of its own that most pages never ask for. Lists that show no total (search) pass null.
 */
export type PageTotal = number | (() => Promise<number>) | null;

export interface Page<T, Total extends PageTotal = number> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: Total;
}

/**
 * The one page builder: every list fetches LIMIT size+1 rows in its keyset order and hands them
 * here; `keyOf` gives the sort key values the next page's cursor carries.
 */
export function toPage<T, Total extends PageTotal = number>(rows: T[], size: number, totalCount: Total, keyOf: (row: T) => unknown[]): Page<T, Total> {
  const hasNextPage = rows.length > size;
  const nodes = hasNextPage ? rows.slice(0, size) : rows;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, totalCount };
}
