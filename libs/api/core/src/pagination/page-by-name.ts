import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, Page, pageSize, toPage } from './cursor';

/**
 * A page of rows in alphabetical order: keyset on (lower(name), id), the cursor carrying both.
 * `qb` comes with its filters; the total counts them before the cursor narrows the rows.
 * `columns` are SQL expressions of the query (e.g. `u.display_name`, `u.id`); `keyOf` reads the
 * same two values from a row.
 */
export async function pageByName<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: { name: string; id: string },
  args: { first?: number | null; after?: string | null },
  keyOf: (row: T) => [name: string, id: string],
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const after = decodeCursor<[string, string]>(args.after, ['string', 'uuid']);
  const totalCount = await qb.getCount();
  if (after) qb.andWhere(`(lower(${columns.name}), ${columns.id}) > (:afterName, :afterId)`, { afterName: after[0], afterId: after[1] });
  const rows = await qb.orderBy(`lower(${columns.name})`).addOrderBy(columns.id).limit(size + 1).getMany();
  return toPage(rows, size, totalCount, (row) => {
    const [name, id] = keyOf(row);
    return [name.toLowerCase(), id];
  });
}
