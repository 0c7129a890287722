import { MAX_PREPARED_STATEMENTS, prepared } from './prepared';

const statement = (value: string) => value as unknown as { name?: string; text?: string };

describe('prepared', () => {
  it('names a statement by its text: the same text always, a different text never, the same name', () => {
    const a = statement(prepared('SELECT 1 AS a WHERE $1::int > 0'));
    const again = statement(prepared('SELECT 1 AS a WHERE $1::int > 0'));
    const b = statement(prepared('SELECT 2 AS b WHERE $1::int > 0'));
    expect(a).toEqual({ name: expect.stringMatching(/^gh_[0-9a-f]{24}$/), text: 'SELECT 1 AS a WHERE $1::int > 0' });
    expect(again.name).toBe(a.name);
    expect(b.name).not.toBe(a.name);
  });

  it(`prepares at most ${MAX_PREPARED_STATEMENTS} texts; past that a statement runs as plain text`, () => {
    for (let i = 0; i < MAX_PREPARED_STATEMENTS + 5; i++) prepared(`SELECT ${i} AS n`);
    expect(prepared('SELECT 1 AS never_seen_before')).toBe('SELECT 1 AS never_seen_before');
    expect(statement(prepared('SELECT 1 AS a WHERE $1::int > 0')).name).toMatch(/^gh_/);
  });
});
