import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Composer, Document, LineCounter, Parser, stringify } from 'yaml';
import { DISCIPLINE_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH, isEmailAddress } from '@guildhall/shared-domain';
import { fitText, ORG_NAME_MAX_LENGTH, ORG_TEXT_MAX_LENGTH } from '../shared/org-text';

/** Guildhall's annotations on Backstage entities (documented in libs/api/org/README.md). */
export const ANNOTATION = {
  slug: 'guildhall.io/slug',
  tribeLead: 'guildhall.io/tribe-lead',
  productLead: 'guildhall.io/product-lead',
  designLead: 'guildhall.io/design-lead',
  productOwner: 'guildhall.io/product-owner',
  agileCoach: 'guildhall.io/agile-coach',
  framework: 'guildhall.io/framework',
  chapterLead: 'guildhall.io/chapter-lead',
  discipline: 'guildhall.io/discipline',
  coordinators: 'guildhall.io/coordinators',
} as const;

export type GroupType = 'tribe' | 'squad' | 'chapter' | 'guild';

/** Plain Backstage org files use their own group types; these map onto ours. */
const TYPE_ALIASES: Record<string, GroupType> = {
  tribe: 'tribe',
  'business-unit': 'tribe',
  department: 'tribe',
  division: 'tribe',
  squad: 'squad',
  team: 'squad',
  'sub-team': 'squad',
  chapter: 'chapter',
  guild: 'guild',
  community: 'guild',
};

export interface UserRecord {
  /** The entity name other entities refer to. */
  name: string;
  email: string | null;
  displayName: string;
  discipline: string | null;
  memberOf: string[];
}

export interface GroupRecord {
  name: string;
  type: GroupType;
  slug: string;
  displayName: string;
  description: string | null;
  parent: string | null;
  children: string[];
  members: string[];
  annotations: Record<string, string>;
}

export interface OrgDocument {
  users: UserRecord[];
  groups: GroupRecord[];
}

const API_VERSION = 'backstage.io/v1alpha1';

/** Multi-document Backstage catalog YAML: groups first (tribes, squads, chapters, guilds), then users. */
export function toCatalogYaml(org: OrgDocument): string {
  const docs: unknown[] = [];
  for (const g of org.groups) {
    const annotations = { ...(g.slug !== g.name ? { [ANNOTATION.slug]: g.slug } : {}), ...g.annotations };
    docs.push({
      apiVersion: API_VERSION,
      kind: 'Group',
      metadata: {
        name: g.name,
        ...(g.description ? { description: g.description } : {}),
        ...(Object.keys(annotations).length ? { annotations: sortKeys(annotations) } : {}),
      },
      spec: {
        type: g.type,
        profile: { displayName: g.displayName },
        ...(g.parent ? { parent: g.parent } : {}),
        children: g.children,
        members: g.members,
      },
    });
  }
  for (const u of org.users) {
    docs.push({
      apiVersion: API_VERSION,
      kind: 'User',
      metadata: {
        name: u.name,
        ...(u.discipline ? { annotations: { [ANNOTATION.discipline]: u.discipline } } : {}),
      },
      spec: {
        profile: { displayName: u.displayName, ...(u.email ? { email: u.email } : {}) },
        memberOf: u.memberOf,
      },
    });
  }
  return docs.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
}

export interface ParsedCatalog extends OrgDocument {
  /** One line per entity that cannot be imported. */
  errors: string[];
}

/** How much of a refused value an error line repeats. */
const QUOTE_MAX_LENGTH = 80;

/** Documents parsed between two yields to the event loop. */
const PARSE_BATCH = 100;

/**
 * Reads a catalog file entity by entity; a malformed entity becomes an error line, the rest still
 * parse. Documents are parsed one at a time, yielding to the event loop every 100, so a large file
 * neither stalls the server nor hides how far it has got: `progress` hears characters read of all.
 */
export async function parseCatalogYaml(text: string, progress: (read: number, total: number) => void = () => undefined): Promise<ParsedCatalog> {
  const out: ParsedCatalog = { users: [], groups: [], errors: [] };
  const seen = new Set<string>();
  const lines = new LineCounter();
  let count = 0;
  progress(0, text.length);
  for (const doc of new Composer().compose(new Parser(lines.addNewLine).parse(text))) {
    readEntity(doc, `Document ${++count}`, lines, seen, out);
    if (count % PARSE_BATCH === 0) {
      progress(doc.range[2], text.length);
      await yieldToEventLoop();
    }
  }
  progress(text.length, text.length);
  return out;
}

function readEntity(doc: Document.Parsed, where: string, lines: LineCounter, seen: Set<string>, out: ParsedCatalog): void {
  if (doc.errors.length) {
    const [error] = doc.errors;
    const at = error.pos[0] >= 0 ? lines.linePos(error.pos[0]) : undefined;
    return void out.errors.push(`${where}: not valid YAML (${error.message.split('\n')[0]}${at ? ` at line ${at.line}, column ${at.col}` : ''}).`);
  }
  const e = doc.toJS() as any;
  if (e === null || e === undefined) return;
  if (typeof e !== 'object' || Array.isArray(e)) return void out.errors.push(`${where}: not a catalog entity.`);
  const kind = String(e.kind ?? '');
  const name = typeof e.metadata?.name === 'string' ? e.metadata.name.trim() : '';
  const label = `${kind || 'Entity'} ${name || `(${where.toLowerCase()})`}`;
  if (kind !== 'User' && kind !== 'Group') return void out.errors.push(`${label}: only Group and User entities are imported.`);
  if (!name) return void out.errors.push(`${label}: metadata.name is missing.`);
  const key = `${kind}:${name.toLowerCase()}`;
  if (seen.has(key)) return void out.errors.push(`${label}: appears twice in the file; the first one was imported.`);
  seen.add(key);
  const spec = e.spec ?? {};
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.metadata?.annotations ?? {})) if (v !== null && v !== undefined) annotations[k] = String(v);
  if (kind === 'User') {
    const email = typeof spec.profile?.email === 'string' ? spec.profile.email.trim().toLowerCase() : '';
    if (!email) return void out.errors.push(`${label}: spec.profile.email is missing; Guildhall identifies people by email.`);
    if (!isEmailAddress(email)) return void out.errors.push(`${label}: "${email.slice(0, QUOTE_MAX_LENGTH)}" is not a valid email address.`);
    out.users.push({
      name,
      email,
      displayName: fitText(spec.profile?.displayName, DISPLAY_NAME_MAX_LENGTH) || name,
      discipline: fitText(annotations[ANNOTATION.discipline], DISCIPLINE_MAX_LENGTH) || null,
      memberOf: refs(spec.memberOf),
    });
    return;
  }
  const rawType = String(spec.type ?? '').toLowerCase();
  const type = TYPE_ALIASES[rawType];
  if (!type) {
    return void out.errors.push(`${label}: spec.type "${rawType}" is not tribe, squad, chapter or guild (or team, business-unit, department, community).`);
  }
  out.groups.push({
    name,
    type,
    slug: annotations[ANNOTATION.slug] || name.toLowerCase(),
    displayName: fitText(spec.profile?.displayName, ORG_NAME_MAX_LENGTH) || fitText(e.metadata?.title, ORG_NAME_MAX_LENGTH) || name,
    description: typeof e.metadata?.description === 'string' ? e.metadata.description.trim().slice(0, ORG_TEXT_MAX_LENGTH) || null : null,
    parent: typeof spec.parent === 'string' && spec.parent ? ref(spec.parent) : null,
    children: refs(spec.children),
    members: refs(spec.members),
    annotations,
  });
}

/** `user:default/ada`, `group:payments` and `ada` all name the entity `ada`. */
export function ref(value: string): string {
  const s = String(value).trim();
  const afterKind = s.includes(':') ? s.slice(s.indexOf(':') + 1) : s;
  return afterKind.includes('/') ? afterKind.slice(afterKind.lastIndexOf('/') + 1) : afterKind;
}

export function refs(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v.trim()).map(ref) : [];
}

/** A comma-separated list of user references (the coordinators annotation). */
export function refList(value: string | undefined): string[] {
  return value ? value.split(',').map((s) => ref(s)).filter(Boolean) : [];
}

/** Backstage allows 63 characters in an entity name; ours stay a little under. */
const ENTITY_NAME_MAX_LENGTH = 60;

/** Backstage entity names: [a-z0-9A-Z_.-], at most 63 characters, alphanumeric at both ends. */
export function entityName(raw: string, fallback: string): string {
  const s = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, ENTITY_NAME_MAX_LENGTH)
    .replace(/[^a-z0-9]+$/g, '');
  return s || fallback;
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
