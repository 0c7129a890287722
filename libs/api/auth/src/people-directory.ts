import type { UserEntity } from './user.entity';
import { prefixedKeys } from '@guildhall/api-core';

/** A person as any context may read them along: every public field, never the email or password hash. */
export type DirectoryPerson = Pick<UserEntity, 'id' | 'displayName' | 'discipline' | 'bio' | 'role' | 'createdAt'>;

const PERSON_COLUMNS = ['id', 'display_name', 'discipline', 'bio', 'role', 'created_at'] as const;

/**
 * The columns of `auth_people_directory` (aliased `alias`) that `personFromRow` reads, each
 * prefixed, for a statement that reads its people along with its own rows: the GraphQL `User`
 * resolves from the result like from a loaded person (its `email` field loads the address only
 * for who may see it).
 */
export function personColumns(alias: string, prefix: string): string {
  return PERSON_COLUMNS.map((c) => `${alias}.${c} AS ${prefix}${c}`).join(', ');
}

/**
 * Joins the person whose id is the SQL expression `personId` from `auth_people_directory`, as
 * `alias` (none: its columns are null). The person is looked up by id for each row: the LIMIT
 * keeps PostgreSQL from flattening it into a hash join over everyone, which the generic plan of a
 * prepared page statement chose (every person read for each feed request), so a page costs
 * the same however many people the organisation has.
 */
export function personJoin(alias: string, personId: string): string {
  return `LEFT JOIN LATERAL (SELECT * FROM auth_people_directory WHERE id = ${personId} LIMIT 1) ${alias} ON true`;
}

/**
 * What lists show of a person (a post's author, a commenter): their link. The GraphQL `User`
 * resolves from it like from a loaded person; its other fields load the person, batched, only
 * when a client asks for them (UserResolver).
 */
export type PersonSummary = Pick<UserEntity, 'id' | 'displayName'>;

const SUMMARY_COLUMNS = ['id', 'display_name'] as const;

/** `personColumns` for a list: the columns of a PersonSummary only (`personSummaryFromRow`). */
export function personSummaryColumns(alias: string, prefix: string): string {
  return SUMMARY_COLUMNS.map((c) => `${alias}.${c} AS ${prefix}${c}`).join(', ');
}

/** The person `personSummaryColumns(alias, prefix)` read, or undefined when the row has none. */
export function personSummaryFromRow(row: Record<string, any>, prefix: string): PersonSummary | undefined {
  const k = prefixedKeys(SUMMARY_COLUMNS, prefix);
  return row[k.id] == null ? undefined : { id: row[k.id], displayName: row[k.display_name] };
}

/** The person `personColumns(alias, prefix)` read, or undefined when the row has none. */
export function personFromRow(row: Record<string, any>, prefix: string): DirectoryPerson | undefined {
  const k = prefixedKeys(PERSON_COLUMNS, prefix);
  if (row[k.id] == null) return undefined;
  return { id: row[k.id], displayName: row[k.display_name], discipline: row[k.discipline], bio: row[k.bio], role: row[k.role], createdAt: row[k.created_at] };
}
