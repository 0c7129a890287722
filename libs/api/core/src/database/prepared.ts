import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

/**
 * How many distinct statements are prepared at most. Each pooled connection keeps the ones it
 * ran (PostgreSQL holds a parsed statement and its plan per connection), so this bounds that
 * memory; a statement past it runs as plain text, as every other statement does.
 */
export const MAX_PREPARED_STATEMENTS = 200;

const names = new Map<string, string>();
let preparing = true;

/**
 * Whether statements are prepared on the database this process uses: not on the embedded one.
 * PGlite behind its socket server is one session for every connection, so a statement one
 * connection prepared already exists for the next (the pool's replacement for an idle client, or
 * a second client), which `pg` cannot know: its Parse fails with "prepared statement already
 * exists", every time after. There statements run as text. DatabaseModule.forRoot sets it.
 */
export function prepareStatements(enabled: boolean): void {
  preparing = enabled;
}

/**
 * A hot read's statement, prepared: PostgreSQL parses and plans it once per pooled connection,
 * then only binds and runs it. For the pages everyone loads all day (feed, guild page, post
 * page, standards, alliances), parsing and planning cost more than running: the feed's statement
 * takes 1.4 ms a run sent as text and 0.42 ms prepared (pgbench on the bench's 100,000 posts).
 *
 * Pass it to `query()` of a DataSource, EntityManager or QueryRunner in place of the text:
 * `db.query(prepared(sql), params)`. Only for statements whose text is fixed by the code (values
 * always as parameters, `= ANY($1)` rather than a list of placeholders); the name is the text's
 * hash, so two texts never share one. TypeORM hands the statement to `pg` unchanged, which sends
 * the text only the first time a connection runs it.
 */
export function prepared(text: string): string {
  if (!preparing) return text;
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_PREPARED_STATEMENTS) return text;
    name = `gh_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  const statement: QueryConfig = { name, text };
  // TypeORM types query() as taking text; it passes whatever it gets to pg's client.query.
  return statement as unknown as string;
}
