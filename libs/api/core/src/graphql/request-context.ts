import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { RoleName } from '@guildhall/shared-domain';

/** The signed-in person as every service sees them. */
export interface Viewer {
  id: string;
  role: RoleName;
  sessionId: string;
}

/** Admins may do everything a role rule allows anyone; the one place that says what an admin is. */
export function isAdmin(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === 'ADMIN';
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // Passport puts the viewer on `req.user`.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends Viewer {}
    interface Request {
      /**
       * The session guard's one look at the request's credentials. Every resolver of an
       * operation awaits the same promise, so the second top-level field never runs before
       * the session has loaded.
       */
      sessionCheck?: Promise<void>;
    }
  }
}

export interface GqlContext {
  req: Request;
  res: Response;
  /** DataLoaders live per request so batching never leaks data between viewers. */
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

/** Returns the request's loader for `key`, creating it on first use. */
export function requestLoader<K, V>(
  ctx: GqlContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results to match the keys DataLoader asked for. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: V | null = null): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? fallback);
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
