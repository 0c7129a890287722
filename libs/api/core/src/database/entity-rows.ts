import type { DataSource } from 'typeorm';

/** Plain SQL's view of an entity: see entityRows. */
export interface EntityRows<T> {
  /** Every column of the entity's table aliased `alias`, each under its property's name. */
  columns: string;
  /** The entity of a row that `columns` selected. */
  read(row: Record<string, unknown>): T;
}

/**
 * An entity's columns for a hot read in plain SQL (prepared, without TypeORM's query builder and
 * hydration), taken from its TypeORM metadata: the entity's decorators stay the one place that
 * says which column is which property. Call it once (a repository's constructor), not per query.
 */
export function entityRows<T extends object>(db: DataSource, entity: new () => T, alias: string): EntityRows<T> {
  const columns = db
    .getMetadata(entity)
    .columns.map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`)
    .join(', ');
  return { columns, read: (row) => Object.assign(new entity(), row) };
}
