import { EntityManager } from 'typeorm';

export const SLUG_MAX_LENGTH = 60;

/** URL-safe slug from a display name: lower-case ASCII words joined by hyphens. */
export function slugify(name: string, fallback = 'item'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The first free slug among base, base-2, base-3, ... given the slugs already taken. */
export function nextFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export type SluggedTable = 'tribes' | 'squads' | 'chapters' | 'guilds';

/**
 * A unique slug for a new row of `table`. Call inside a transaction: it takes a transaction-scoped
 * lock per table so two concurrent creations of the same name cannot pick the same slug.
 */
export async function uniqueSlug(tx: EntityManager, table: SluggedTable, name: string, fallback: string): Promise<string> {
  const base = slugify(name, fallback);
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`guildhall:slug:${table}`]);
  const rows: { slug: string }[] = await tx.query(`SELECT slug FROM ${table} WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`]);
  return nextFreeSlug(
    base,
    rows.map((r) => r.slug),
  );
}
