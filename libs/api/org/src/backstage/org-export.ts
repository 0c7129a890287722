import { EntityManager } from 'typeorm';
import type { UserRepository } from '@guildhall/api-auth';
import { ANNOTATION, entityName, GroupRecord, GroupType, OrgDocument, UserRecord } from './backstage-format';

/**
 * Reads the whole structure (a fixed number of queries) as Backstage Group and User records.
 *
 * `includeEmails` (admins) adds each person's email, and names people by their email's local
 * part, as Backstage catalogs usually do. Everyone else gets the same groups and people with
 * display names and disciplines, named after their display name: nothing in that export is an
 * email or derived from one.
 */
export async function readOrgDocument(tx: EntityManager, people: UserRepository, options: { includeEmails: boolean }): Promise<OrgDocument> {
  const [users, tribes, squads, chapters, guilds, squadM, chapterM, guildM] = [
    await people.everyone(tx),
    await tx.query(`SELECT * FROM tribes ORDER BY slug`),
    await tx.query(`SELECT * FROM squads ORDER BY slug`),
    await tx.query(`SELECT * FROM chapters ORDER BY slug`),
    await tx.query(`SELECT * FROM guilds ORDER BY slug`),
    await tx.query(`SELECT user_id, squad_id FROM squad_memberships`),
    await tx.query(`SELECT user_id, chapter_id FROM chapter_memberships`),
    await tx.query(`SELECT user_id, guild_id, is_coordinator FROM guild_memberships`),
  ];

  // Entity names, made unique in a stable order (the same file from every instance).
  const userName = new Map<string, string>();
  const taken = new Set<string>();
  const naming = options.includeEmails
    ? users.map((u) => ({ id: u.id, source: u.email.split('@')[0] }))
    : users
        .map((u) => ({ id: u.id, source: withoutAccents(u.displayName) }))
        .sort((a: { id: string; source: string }, b: { id: string; source: string }) => compare(a.source.toLowerCase(), b.source.toLowerCase()) || compare(a.id, b.id));
  for (const u of naming) {
    const base = entityName(u.source, 'user');
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    userName.set(u.id, name);
  }
  const uname = (id: string | null) => (id ? userName.get(id) : undefined);

  // Group names are the slugs; a slug used by two kinds of group gets its kind as a prefix.
  const slugCount = new Map<string, number>();
  for (const row of [...tribes, ...squads, ...chapters, ...guilds]) slugCount.set(row.slug, (slugCount.get(row.slug) ?? 0) + 1);
  const groupName = new Map<string, string>();
  const nameOf = (type: GroupType, row: { id: string; slug: string }) => {
    const name = slugCount.get(row.slug)! > 1 ? `${type}-${row.slug}` : row.slug;
    groupName.set(row.id, name);
    return name;
  };
  for (const [type, rows] of [['tribe', tribes], ['squad', squads], ['chapter', chapters], ['guild', guilds]] as const) {
    for (const row of rows) nameOf(type, row);
  }

  const memberNames = (rows: { user_id: string }[]) => rows.map((r) => userName.get(r.user_id)!).sort();
  const byGroup = (rows: any[], key: string) => {
    const map = new Map<string, any[]>();
    for (const r of rows) map.set(r[key], [...(map.get(r[key]) ?? []), r]);
    return map;
  };
  const squadMembers = byGroup(squadM, 'squad_id');
  const chapterMembers = byGroup(chapterM, 'chapter_id');
  const guildMembers = byGroup(guildM, 'guild_id');
  const memberOf = new Map<string, string[]>();
  for (const r of [...squadM.map((m: any) => [m.user_id, m.squad_id]), ...chapterM.map((m: any) => [m.user_id, m.chapter_id]), ...guildM.map((m: any) => [m.user_id, m.guild_id])]) {
    memberOf.set(r[0], [...(memberOf.get(r[0]) ?? []), groupName.get(r[1])!]);
  }

  const annotations = (pairs: [string, string | undefined][]) => Object.fromEntries(pairs.filter((p): p is [string, string] => !!p[1]));
  /** A group record from its row: named by groupName, top-level, with no children or members unless given. */
  const group = (type: GroupType, row: { id: string; slug: string; name: string }, rest: Partial<GroupRecord> & Pick<GroupRecord, 'annotations'>): GroupRecord => ({
    name: groupName.get(row.id)!,
    type,
    slug: row.slug,
    displayName: row.name,
    description: null,
    parent: null,
    children: [],
    members: [],
    ...rest,
  });
  const groups: GroupRecord[] = [];
  for (const t of tribes) {
    groups.push(
      group('tribe', t, {
        description: t.mission,
        children: [...squads, ...chapters].filter((c) => c.tribe_id === t.id).map((c) => groupName.get(c.id)!).sort(),
        annotations: annotations([
          [ANNOTATION.tribeLead, uname(t.tribe_lead_id)],
          [ANNOTATION.productLead, uname(t.product_lead_id)],
          [ANNOTATION.designLead, uname(t.design_lead_id)],
        ]),
      }),
    );
  }
  for (const s of squads) {
    groups.push(
      group('squad', s, {
        description: s.mission,
        parent: groupName.get(s.tribe_id)!,
        members: memberNames(squadMembers.get(s.id) ?? []),
        annotations: annotations([
          [ANNOTATION.framework, s.framework],
          [ANNOTATION.productOwner, uname(s.product_owner_id)],
          [ANNOTATION.agileCoach, uname(s.agile_coach_id)],
        ]),
      }),
    );
  }
  for (const c of chapters) {
    groups.push(
      group('chapter', c, {
        parent: groupName.get(c.tribe_id)!,
        members: memberNames(chapterMembers.get(c.id) ?? []),
        annotations: annotations([
          [ANNOTATION.discipline, c.discipline],
          [ANNOTATION.chapterLead, uname(c.lead_id)],
        ]),
      }),
    );
  }
  for (const g of guilds) {
    const rows = guildMembers.get(g.id) ?? [];
    const coordinators = memberNames(rows.filter((r: any) => r.is_coordinator)).join(', ');
    groups.push(group('guild', g, { description: g.description, members: memberNames(rows), annotations: annotations([[ANNOTATION.coordinators, coordinators || undefined]]) }));
  }
  const userRecords: UserRecord[] = users
    .map((u) => ({
      name: userName.get(u.id)!,
      email: options.includeEmails ? u.email : null,
      displayName: u.displayName,
      discipline: u.discipline,
      memberOf: (memberOf.get(u.id) ?? []).sort(),
    }))
    .sort((a: UserRecord, b: UserRecord) => a.name.localeCompare(b.name));
  return { users: userRecords, groups };
}

function withoutAccents(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
