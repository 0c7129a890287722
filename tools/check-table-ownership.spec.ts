import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { check, ownership, report } from './check-table-ownership';

/** A throwaway workspace: two contexts, one test library, migrations and code. */
function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'table-ownership-'));
  const all: Record<string, string> = {
    'libs/api/people/project.json': JSON.stringify({ tags: ['scope:api', 'context:people'] }),
    'libs/api/people/src/migrations/1-people.ts': 'q.query(`CREATE TABLE people (id uuid)`); q.query(`CREATE VIEW people_directory AS SELECT id FROM people`);',
    'libs/api/people/src/person.entity.ts': "@Entity('people')\nexport class PersonEntity { id: string }",
    'libs/api/people/src/person.repository.ts': 'db.query(`SELECT id FROM people WHERE id = $1`);',
    'libs/api/clubs/project.json': JSON.stringify({ tags: ['scope:api', 'context:clubs'] }),
    'libs/api/clubs/src/migrations/2-clubs.ts': 'q.query(`CREATE TABLE IF NOT EXISTS clubs (id uuid, person_id uuid REFERENCES people(id))`);',
    'libs/api/clubs/src/club.repository.ts': 'db.query(`SELECT c.id FROM clubs c JOIN people_directory p ON p.id = c.person_id`);\n// Reads from people are fine in a comment.',
    'libs/api/testing/project.json': JSON.stringify({ tags: ['scope:shared', 'type:testing'] }),
    'libs/api/testing/src/fixtures.ts': 'api.sql(`UPDATE people SET id = id`);',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('table ownership check', () => {
  const roots: string[] = [];
  const make = (files: Record<string, string> = {}) => {
    const root = workspace(files);
    roots.push(root);
    return root;
  };
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it("derives each context's tables and published read models from its own migrations", () => {
    const owners = ownership(make());
    expect(Object.fromEntries(owners.tables)).toEqual({ people: 'people', clubs: 'clubs' });
    expect(Object.fromEntries(owners.readModels)).toEqual({ people_directory: 'people' });
  });

  it("passes when contexts use their own tables and others' published read models (migrations and test libraries aside)", () => {
    expect(check(make(), [])).toEqual({ violations: [], stale: [] });
  });

  it("fails on SQL naming another context's table, with the file, line and a way out", () => {
    const root = make({ 'libs/api/clubs/src/club-stats.ts': 'const n = 1;\ndb.query(`SELECT count(*) FROM clubs c LEFT JOIN people p ON p.id = c.person_id`);' });
    const result = check(root, []);
    expect(result.violations).toEqual([expect.objectContaining({ context: 'clubs', file: 'libs/api/clubs/src/club-stats.ts', line: 2, table: 'people', owner: 'people' })]);
    expect(report(result, ownership(root))).toMatch(/clubs names people's table "people" \(SQL JOIN people\).*people_directory/);
  });

  it('fails on writes (INSERT INTO, UPDATE) and on query-builder table names', () => {
    const root = make({
      'libs/api/clubs/src/writes.ts': 'tx.query(`INSERT INTO people (id) VALUES ($1)`);\ntx.query(`UPDATE people SET id = $1`);\nqb.innerJoin(\'people\', \'p\', \'p.id = c.person_id\');',
    });
    expect(check(root, []).violations.map((v) => v.how)).toEqual(['SQL INTO people', 'SQL UPDATE people', "query builder .innerJoin('people')"]);
  });

  it("fails on an entity mapped onto another context's table and on another context's entity handed to TypeORM", () => {
    const root = make({
      'libs/api/clubs/src/copy.entity.ts': "@Entity('people')\nexport class PeopleCopy { id: string }",
      'libs/api/clubs/src/lookups.ts': "import { PersonEntity } from '@x/people';\ntx.findOneBy(PersonEntity, { id });\nconst isPerson = (v: unknown) => v instanceof PersonEntity;",
    });
    const found = check(root, []).violations.map((v) => `${v.file}:${v.line} ${v.how}`);
    expect(found).toEqual(expect.arrayContaining(["libs/api/clubs/src/copy.entity.ts:1 @Entity('people')", 'libs/api/clubs/src/lookups.ts:2 entity PersonEntity in findOneBy()']));
    // A type check against another context's class is not persistence.
    expect(found.filter((f) => f.includes('lookups.ts:3'))).toEqual([]);
  });

  it('lets an exemption through, and fails once the exemption is no longer needed', () => {
    const exemption = { file: 'libs/api/clubs/src/legacy.ts', tables: ['people'], why: 'known debt' };
    const withDebt = make({ 'libs/api/clubs/src/legacy.ts': 'db.query(`SELECT * FROM people`);' });
    expect(check(withDebt, [exemption])).toEqual({ violations: [], stale: [] });
    const paidOff = make({ 'libs/api/clubs/src/legacy.ts': 'db.query(`SELECT * FROM people_directory`);' });
    expect(check(paidOff, [exemption]).stale).toEqual([{ file: 'libs/api/clubs/src/legacy.ts', table: 'people' }]);
  });

  it('refuses two contexts creating the same table', () => {
    const root = make({ 'libs/api/clubs/src/migrations/3-steal.ts': 'q.query(`CREATE TABLE people (id uuid)`);' });
    expect(() => ownership(root)).toThrow(/people is created by the migrations of both/);
  });
});
