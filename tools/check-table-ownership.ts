/**
 * Contexts own their tables. Each context's tables are the ones its own migrations create
 * (libs/api/<context>/src/migrations); the views they create are the read models it publishes.
 * This check fails when a context's code (anything outside its migrations) names another
 * context's table in SQL (FROM, JOIN, INTO, UPDATE, TABLE) or in a query-builder call, maps an
 * entity onto it, or hands another context's entity class to TypeORM. Naming a published view is
 * allowed. Known debt is listed in tools/table-ownership-exemptions.json; an entry that no longer
 * matches anything fails too, so the list only shrinks.
 *
 *   tools/run-ts.sh tools/check-table-ownership.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Ownership {
  /** table → the context whose migrations create it */
  tables: Map<string, string>;
  /** view → the context that publishes it */
  readModels: Map<string, string>;
}

export interface Violation {
  context: string;
  file: string;
  line: number;
  table: string;
  owner: string;
  how: string;
}

export interface Exemption {
  file: string;
  tables: string[];
  why: string;
}

const CONTEXTS_DIR = join('libs', 'api');

/**
 * The bounded contexts: every libs/api/<name> whose project.json is tagged `context:<name>`.
 * Test-only libraries (the API test harness) are not contexts and may set up data directly.
 */
export function contexts(root: string): string[] {
  const dir = join(root, CONTEXTS_DIR);
  return readdirSync(dir)
    .filter((name) => {
      const project = join(dir, name, 'project.json');
      return existsSync(project) && (JSON.parse(readFileSync(project, 'utf8')).tags ?? []).includes(`context:${name}`);
    })
    .sort();
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const CREATE = /\bCREATE\s+(?:UNLOGGED\s+)?(TABLE|(?:OR\s+REPLACE\s+)?(?:MATERIALIZED\s+)?VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

/** Who owns what, from CREATE TABLE / CREATE VIEW in each context's migrations. */
export function ownership(root: string): Ownership {
  const tables = new Map<string, string>();
  const readModels = new Map<string, string>();
  for (const context of contexts(root)) {
    for (const file of tsFiles(join(root, CONTEXTS_DIR, context, 'src', 'migrations'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(CREATE)) {
        const name = m[2].toLowerCase();
        const claimed = tables.get(name) ?? readModels.get(name);
        if (claimed && claimed !== context) throw new Error(`${name} is created by the migrations of both ${claimed} and ${context}.`);
        (/VIEW/i.test(m[1]) ? readModels : tables).set(name, context);
      }
    }
  }
  return { tables, readModels };
}

/** Comments out, positions kept (so line numbers stay right): prose may say "from users". */
function withoutComments(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/^\s*\/\/.*$/gm, blank);
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** SQL as this codebase writes it: upper-case keywords, then the table. */
const SQL_REFERENCE = /\b(FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/g;
/** Table names given to TypeORM's query builder as strings: .from('users', 'u'), .innerJoin('users', ...). */
const BUILDER_REFERENCE = /\.(from|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|into|update|delete)\(\s*['"`]([a-z_][a-z0-9_]*)['"`]/g;
const ENTITY_DECLARATION = /@Entity\(\s*(?:\{\s*name:\s*)?['"`]([a-z_][a-z0-9_]*)['"`][\s\S]*?\bclass\s+([A-Za-z0-9_]+)/g;
/** EntityManager, Repository and query-builder calls that take an entity class first. */
const ENTITY_CALLS =
  'createQueryBuilder|getRepository|InjectRepository|findOne|findOneBy|findOneOrFail|findOneByOrFail|find|findBy|findAndCount|findAndCountBy|count|countBy|exists|existsBy|sum|average|minimum|maximum|insert|update|upsert|delete|save|remove|softDelete|restore|increment|decrement|create|preload|merge|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|innerJoinAndMapOne|leftJoinAndMapOne|from|into';

/** Entity class → table, from @Entity('table') declarations in every context. */
export function entities(root: string): Map<string, string> {
  const byClass = new Map<string, string>();
  for (const context of contexts(root)) {
    for (const file of tsFiles(join(root, CONTEXTS_DIR, context, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(ENTITY_DECLARATION)) byClass.set(m[2], m[1].toLowerCase());
    }
  }
  return byClass;
}

/** Every place a context's code names a table another context owns. */
export function violations(root: string, owners: Ownership = ownership(root)): Violation[] {
  const entityTables = entities(root);
  const found: Violation[] = [];
  for (const context of contexts(root)) {
    const src = join(root, CONTEXTS_DIR, context, 'src');
    for (const path of tsFiles(src)) {
      if (relative(src, path).split(/[\\/]/)[0] === 'migrations') continue;
      const file = relative(root, path).split('\\').join('/');
      const source = withoutComments(readFileSync(path, 'utf8'));
      const flag = (table: string, index: number, how: string) => {
        const owner = owners.tables.get(table);
        if (owner && owner !== context) found.push({ context, file, line: lineOf(source, index), table, owner, how });
      };
      for (const m of source.matchAll(SQL_REFERENCE)) flag(m[2].toLowerCase(), m.index!, `SQL ${m[1]} ${m[2]}`);
      for (const m of source.matchAll(BUILDER_REFERENCE)) flag(m[2].toLowerCase(), m.index!, `query builder .${m[1]}('${m[2]}')`);
      for (const m of source.matchAll(ENTITY_DECLARATION)) flag(m[1].toLowerCase(), m.index!, `@Entity('${m[1]}')`);
      for (const [entity, table] of entityTables) {
        const use = new RegExp(`\\b(?:${ENTITY_CALLS})\\(\\s*${entity}\\b|\\bforFeature\\(\\s*\\[[^\\]]*\\b${entity}\\b`, 'g');
        for (const m of source.matchAll(use)) flag(table, m.index!, `entity ${entity} in ${m[0].split('(')[0].replace(/^\W+/, '')}()`);
      }
    }
  }
  return found;
}

export interface CheckResult {
  violations: Violation[];
  /** Exempted file and table pairs that no longer match anything: remove them. */
  stale: { file: string; table: string }[];
}

/** Violations left after the exemptions, and the exemptions nothing needs any more. */
export function check(root: string, exemptions: Exemption[]): CheckResult {
  const all = violations(root);
  const exempt = (v: Violation) => exemptions.some((e) => e.file === v.file && e.tables.includes(v.table));
  const stale = exemptions.flatMap((e) => e.tables.filter((table) => !all.some((v) => v.file === e.file && v.table === table)).map((table) => ({ file: e.file, table })));
  return { violations: all.filter((v) => !exempt(v)), stale };
}

export function report(result: CheckResult, owners: Ownership): string {
  const lines: string[] = [];
  for (const v of result.violations) {
    const published = [...owners.readModels].filter(([, c]) => c === v.owner).map(([name]) => name);
    lines.push(
      `${v.file}:${v.line}: ${v.context} names ${v.owner}'s table "${v.table}" (${v.how}). ` +
        `Reach ${v.owner} through what its index.ts exports${published.length ? `, or join a read model it publishes (${published.join(', ')})` : ''}.`,
    );
  }
  for (const e of result.stale) {
    lines.push(`tools/table-ownership-exemptions.json: ${e.file} no longer names "${e.table}"; remove it from the exemptions.`);
  }
  return lines.join('\n');
}

function main() {
  const root = join(__dirname, '..');
  const exemptions: Exemption[] = JSON.parse(readFileSync(join(root, 'tools', 'table-ownership-exemptions.json'), 'utf8'));
  const owners = ownership(root);
  const result = check(root, exemptions);
  if (result.violations.length || result.stale.length) {
    console.error(report(result, owners));
    console.error(`\nTable ownership: ${result.violations.length} cross-context reference(s), ${result.stale.length} stale exemption(s).`);
    process.exit(1);
  }
  const exempted = exemptions.reduce((n, e) => n + e.tables.length, 0);
  console.log(`Table ownership: ${owners.tables.size} tables and ${owners.readModels.size} published read models in ${contexts(root).length} contexts; no context names another's table (${exempted} known exemptions).`);
}

if (require.main === module) main();
