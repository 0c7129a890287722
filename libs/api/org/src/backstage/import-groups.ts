import { EntityManager } from 'typeorm';
import { DEFAULT_SQUAD_FRAMEWORK, DISCIPLINE_MAX_LENGTH, isSquadFramework } from '@guildhall/shared-domain';
import { fitText, ORG_NAME_MAX_LENGTH } from '../shared/org-text';
import { SLUG_MAX_LENGTH, slugify } from '../shared/slug';
import { ANNOTATION, GroupRecord, GroupType, ParsedCatalog } from './backstage-format';
import { PeopleByName } from './import-people';
import { ImportPhase, ReportProgress } from './import-progress.model';
import { ImportTally, progressOf } from './import-tally';

export interface ImportedGroup {
  id: string;
  type: GroupType;
  /** A squad's or chapter's tribe. */
  tribeId?: string;
}

/** Group entity name -> the row it was imported as. */
export type GroupsByName = Map<string, ImportedGroup>;

const TABLE: Record<GroupType, string> = { tribe: 'tribes', squad: 'squads', chapter: 'chapters', guild: 'guilds' };
const BATCH = 500;
/** Column defaults for values an import file may leave out. */
const INSERT_DEFAULTS: Record<string, unknown> = { framework: DEFAULT_SQUAD_FRAMEWORK };

/**
 * Groups, by slug, parents first: tribes, then squads and chapters (each needs its tribe), then
 * guilds. Each kind is read in one statement and inserted in batches. Seats (tribe trio, product
 * owner, agile coach, chapter lead) are columns of their group and are written with it.
 */
export async function importGroups(tx: EntityManager, catalog: ParsedCatalog, people: PeopleByName, tally: ImportTally, progress: ReportProgress): Promise<GroupsByName> {
  const done = progressOf(progress, ImportPhase.groups, catalog.groups.length);
  const imported: GroupsByName = new Map();
  const byName = new Map(catalog.groups.map((g) => [g.name, g]));
  const seat = seatFinder(people, tally);
  const name = (g: GroupRecord) => fitText(g.displayName, ORG_NAME_MAX_LENGTH);

  async function upsert(type: GroupType, columns: (g: GroupRecord) => Record<string, unknown> | null) {
    const groups = catalog.groups.filter((g) => g.type === type);
    const slugs = groups.map((g) => slugify(g.slug, type).slice(0, SLUG_MAX_LENGTH));
    const existing = new Map<string, any>((await tx.query(`SELECT * FROM ${TABLE[type]} WHERE slug = ANY($1)`, [slugs])).map((r: any) => [r.slug, r]));
    const inserts: Record<string, unknown>[] = [];
    const insertNames: string[] = [];
    const seen = new Set<string>();
    for (const [i, g] of groups.entries()) {
      const slug = slugs[i];
      const label = `Group ${g.name}`;
      if (seen.has(slug)) {
        tally.errors.push(`${label}: another ${type} in the file has the slug "${slug}"; the first one was imported.`);
        done();
        continue;
      }
      const cols = columns(g);
      if (!cols) {
        done();
        continue;
      }
      seen.add(slug);
      const row = existing.get(slug);
      if (!row) {
        inserts.push({ slug, ...cols });
        insertNames.push(g.name);
        tally.record(label, 'created');
        continue;
      }
      imported.set(g.name, { id: row.id, type, tribeId: (cols.tribe_id as string) ?? undefined });
      const changed = Object.entries(cols).filter(([k, v]) => v !== undefined && row[k] !== v);
      if (changed.length) {
        const sets = changed.map(([k], n) => `${k} = $${n + 2}`).join(', ');
        await tx.query(`UPDATE ${TABLE[type]} SET ${sets}, updated_at = now() WHERE id = $1`, [row.id, ...changed.map(([, v]) => v)]);
        tally.record(label, 'updated');
      } else tally.record(label, 'unchanged');
      done();
    }
    for (let i = 0; i < inserts.length; i += BATCH) {
      const batch = inserts.slice(i, i + BATCH);
      const keys = Object.keys(batch[0]);
      const params: unknown[] = [];
      const values = batch.map((row) => `(${keys.map((k) => (params.push(row[k] ?? INSERT_DEFAULTS[k] ?? null), `$${params.length}`)).join(', ')})`);
      const rows = await tx.query(`INSERT INTO ${TABLE[type]} (${keys.join(', ')}) VALUES ${values.join(', ')} RETURNING id, slug`, params);
      const idBySlug = new Map(rows.map((r: any) => [r.slug, r.id]));
      batch.forEach((row, n) => imported.set(insertNames[i + n], { id: idBySlug.get(row.slug) as string, type, tribeId: row.tribe_id as string }));
      done(batch.length);
    }
  }

  await upsert('tribe', (g) => ({
    name: name(g),
    mission: g.description ?? undefined,
    tribe_lead_id: seat(g, 'tribe lead', g.annotations[ANNOTATION.tribeLead]),
    product_lead_id: seat(g, 'product lead', g.annotations[ANNOTATION.productLead]),
    design_lead_id: seat(g, 'design lead', g.annotations[ANNOTATION.designLead]),
  }));
  const tribeOf = tribeFinder(catalog, byName, imported, await existingTribes(tx), tally);
  await upsert('squad', (g) => {
    const tribeId = tribeOf(g);
    if (!tribeId) return null;
    const framework = (g.annotations[ANNOTATION.framework] ?? '').toUpperCase();
    if (framework && !isSquadFramework(framework)) tally.errors.push(`Group ${g.name}: framework "${framework}" is unknown; kept as it was.`);
    return {
      tribe_id: tribeId,
      name: name(g),
      mission: g.description ?? undefined,
      framework: isSquadFramework(framework) ? framework : undefined,
      product_owner_id: seat(g, 'product owner', g.annotations[ANNOTATION.productOwner]),
      agile_coach_id: seat(g, 'agile coach', g.annotations[ANNOTATION.agileCoach]),
    };
  });
  await upsert('chapter', (g) => {
    const tribeId = tribeOf(g);
    if (!tribeId) return null;
    return {
      tribe_id: tribeId,
      name: name(g),
      discipline: fitText(g.annotations[ANNOTATION.discipline] || g.displayName, DISCIPLINE_MAX_LENGTH),
      lead_id: seat(g, 'chapter lead', g.annotations[ANNOTATION.chapterLead]),
    };
  });
  await upsert('guild', (g) => ({ name: name(g), description: g.description ?? undefined }));
  return imported;
}

/** A seat's person by entity name; undefined (the seat stays as it is) when the file leaves it out or names no User. */
function seatFinder(people: PeopleByName, tally: ImportTally) {
  return (group: GroupRecord, seat: string, name: string | undefined): string | undefined => {
    if (name === undefined || name === '') return undefined;
    const id = people.get(name);
    if (!id) tally.errors.push(`Group ${group.name}: ${seat} "${name}" is not a User in the file; that seat was left as it was.`);
    return id;
  };
}

async function existingTribes(tx: EntityManager): Promise<Map<string, string>> {
  return new Map((await tx.query(`SELECT id, slug FROM tribes`)).map((r: any) => [r.slug, r.id]));
}

/** A squad's or chapter's tribe: its parent in the file, or an existing tribe with that slug. */
function tribeFinder(catalog: ParsedCatalog, byName: Map<string, GroupRecord>, imported: GroupsByName, existing: Map<string, string>, tally: ImportTally) {
  return (g: GroupRecord): string | null => {
    const parentName = g.parent ?? catalog.groups.find((p) => p.type === 'tribe' && p.children.includes(g.name))?.name;
    if (!parentName) {
      tally.errors.push(`Group ${g.name}: a ${g.type} needs a parent tribe (spec.parent); it was not imported.`);
      return null;
    }
    const inFile = imported.get(parentName);
    if (inFile?.type === 'tribe') return inFile.id;
    const parent = byName.get(parentName);
    const tribeId = existing.get(parent ? parent.slug : parentName);
    if (tribeId && (!parent || parent.type === 'tribe')) return tribeId;
    tally.errors.push(`Group ${g.name}: its parent "${parentName}" is not a tribe in the file or in Guildhall; it was not imported.`);
    return null;
  };
}
