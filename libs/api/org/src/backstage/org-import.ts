import { EntityManager } from 'typeorm';
import { SLUG_MAX_LENGTH, slugify } from '../shared/slug';
import { ANNOTATION, GroupRecord, GroupType, ParsedCatalog, refList } from './backstage-format';
import { ImportPhase, ReportProgress } from './import-progress.model';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  errors: string[];
}

type State = 'created' | 'updated' | 'unchanged';
const FRAMEWORKS = new Set(['SCRUM', 'KANBAN', 'SCRUMBAN', 'OTHER']);
const TABLE: Record<GroupType, string> = { tribe: 'tribes', squad: 'squads', chapter: 'chapters', guild: 'guilds' };
const CHUNK = 500;
/** Column defaults for values an import file may leave out. */
const INSERT_DEFAULTS: Record<string, unknown> = { framework: 'SCRUM' };

/**
 * Applies a parsed catalog inside the caller's transaction. Entities are matched by email (people)
 * and slug (groups); each is validated on its own, so one bad entity becomes an error line and the
 * rest is imported. The import adds and updates, never deletes, so a second run changes nothing.
 * Writes are batched (a few statements per kind of row, whatever the file's size). `progress` hears
 * how far it has got: people, then groups, then memberships, after each item or batch.
 */
export async function importOrg(tx: EntityManager, catalog: ParsedCatalog, progress: ReportProgress = () => undefined): Promise<ImportCounts> {
  const errors = [...catalog.errors];
  const state = new Map<string, State>(); // "User:x" / "Group:x"
  const touch = (key: string) => {
    if (state.get(key) === 'unchanged') state.set(key, 'updated');
  };

  // People, by email. A new person counts as done once inserted.
  const personDone = counter(progress, ImportPhase.people, catalog.users.length);
  const userId = new Map<string, string>(); // entity name -> id
  const emails = catalog.users.map((u) => u.email!);
  const existingUsers = new Map<string, any>(
    (await tx.query(`SELECT id, lower(email) AS email, display_name, discipline FROM users WHERE lower(email) = ANY($1)`, [emails])).map((r: any) => [
      r.email,
      r,
    ]),
  );
  const newUsers = [];
  const seenEmails = new Set<string>();
  for (const u of catalog.users) {
    if (seenEmails.has(u.email!)) {
      errors.push(`User ${u.name}: the email ${u.email} is used by another User in the file; the first one was imported.`);
      personDone();
      continue;
    }
    seenEmails.add(u.email!);
    const row = existingUsers.get(u.email!);
    if (!row) {
      newUsers.push(u);
      state.set(`User:${u.name}`, 'created');
      continue;
    }
    userId.set(u.name, row.id);
    if (row.display_name !== u.displayName || (u.discipline && row.discipline !== u.discipline)) {
      await tx.query(`UPDATE users SET display_name = $2, discipline = COALESCE($3, discipline), updated_at = now() WHERE id = $1`, [
        row.id,
        u.displayName,
        u.discipline,
      ]);
      state.set(`User:${u.name}`, 'updated');
    } else state.set(`User:${u.name}`, 'unchanged');
    personDone();
  }
  for (let i = 0; i < newUsers.length; i += CHUNK) {
    const chunk = newUsers.slice(i, i + CHUNK);
    // Imported people have no password until they accept an invitation.
    const rows = await tx.query(
      `INSERT INTO users (email, display_name, discipline) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id, email`,
      [chunk.map((u) => u.email), chunk.map((u) => u.displayName), chunk.map((u) => u.discipline)],
    );
    const idByEmail = new Map(rows.map((r: any) => [r.email, r.id]));
    for (const u of chunk) userId.set(u.name, idByEmail.get(u.email!) as string);
    personDone(chunk.length);
  }
  const person = (group: GroupRecord, role: string, name: string | undefined): string | null | undefined => {
    if (name === undefined || name === '') return undefined;
    const id = userId.get(name);
    if (!id) errors.push(`Group ${group.name}: ${role} "${name}" is not a User in the file; that seat was left as it was.`);
    return id ?? undefined;
  };

  // Groups, by slug, parents first. A new group counts as done once inserted.
  const groupDone = counter(progress, ImportPhase.groups, catalog.groups.length);
  const groupsByType = (type: GroupType) => catalog.groups.filter((g) => g.type === type);
  const groupIdByName = new Map<string, { id: string; type: GroupType; tribeId?: string }>();
  const byName = new Map(catalog.groups.map((g) => [g.name, g]));

  async function upsertGroups(type: GroupType, columns: (g: GroupRecord) => Record<string, unknown> | null) {
    const groups = groupsByType(type);
    const slugs = groups.map((g) => slugify(g.slug, type).slice(0, SLUG_MAX_LENGTH));
    const existing = new Map<string, any>((await tx.query(`SELECT * FROM ${TABLE[type]} WHERE slug = ANY($1)`, [slugs])).map((r: any) => [r.slug, r]));
    const inserts: Record<string, unknown>[] = [];
    const insertNames: string[] = [];
    const seen = new Set<string>();
    for (const [i, g] of groups.entries()) {
      const slug = slugs[i];
      const label = `Group ${g.name}`;
      if (seen.has(slug)) {
        errors.push(`${label}: another ${type} in the file has the slug "${slug}"; the first one was imported.`);
        groupDone();
        continue;
      }
      const cols = columns(g);
      if (!cols) {
        groupDone();
        continue;
      }
      seen.add(slug);
      const row = existing.get(slug);
      if (!row) {
        inserts.push({ slug, ...cols });
        insertNames.push(g.name);
        state.set(label, 'created');
        continue;
      }
      groupIdByName.set(g.name, { id: row.id, type, tribeId: (cols.tribe_id as string) ?? undefined });
      const changed = Object.entries(cols).filter(([k, v]) => v !== undefined && row[k] !== v);
      if (changed.length) {
        const sets = changed.map(([k], n) => `${k} = $${n + 2}`).join(', ');
        await tx.query(`UPDATE ${TABLE[type]} SET ${sets}, updated_at = now() WHERE id = $1`, [row.id, ...changed.map(([, v]) => v)]);
        state.set(label, 'updated');
      } else state.set(label, 'unchanged');
      groupDone();
    }
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const chunk = inserts.slice(i, i + CHUNK);
      const keys = Object.keys(chunk[0]);
      const params: unknown[] = [];
      const values = chunk.map((row) => `(${keys.map((k) => (params.push(row[k] ?? INSERT_DEFAULTS[k] ?? null), `$${params.length}`)).join(', ')})`);
      const rows = await tx.query(`INSERT INTO ${TABLE[type]} (${keys.join(', ')}) VALUES ${values.join(', ')} RETURNING id, slug`, params);
      const idBySlug = new Map(rows.map((r: any) => [r.slug, r.id]));
      chunk.forEach((row, n) => groupIdByName.set(insertNames[i + n], { id: idBySlug.get(row.slug) as string, type, tribeId: row.tribe_id as string }));
      groupDone(chunk.length);
    }
  }

  const name80 = (g: GroupRecord) => g.displayName.slice(0, 80);
  await upsertGroups('tribe', (g) => ({
    name: name80(g),
    mission: g.description ?? undefined,
    tribe_lead_id: person(g, 'tribe lead', g.annotations[ANNOTATION.tribeLead]),
    product_lead_id: person(g, 'product lead', g.annotations[ANNOTATION.productLead]),
    design_lead_id: person(g, 'design lead', g.annotations[ANNOTATION.designLead]),
  }));
  // A squad's or chapter's tribe: its parent in the file, or an existing tribe with that slug.
  const existingTribes = new Map<string, string>(
    (await tx.query(`SELECT id, slug FROM tribes`)).map((r: any) => [r.slug, r.id]),
  );
  const tribeOf = (g: GroupRecord): string | null => {
    const parentName = g.parent ?? catalog.groups.find((p) => p.type === 'tribe' && p.children.includes(g.name))?.name;
    if (!parentName) {
      errors.push(`Group ${g.name}: a ${g.type} needs a parent tribe (spec.parent); it was not imported.`);
      return null;
    }
    const inFile = groupIdByName.get(parentName);
    if (inFile?.type === 'tribe') return inFile.id;
    const parent = byName.get(parentName);
    const existing = existingTribes.get(parent ? parent.slug : parentName);
    if (existing && (!parent || parent.type === 'tribe')) return existing;
    errors.push(`Group ${g.name}: its parent "${parentName}" is not a tribe in the file or in Guildhall; it was not imported.`);
    return null;
  };
  await upsertGroups('squad', (g) => {
    const tribeId = tribeOf(g);
    if (!tribeId) return null;
    const framework = (g.annotations[ANNOTATION.framework] ?? '').toUpperCase();
    if (framework && !FRAMEWORKS.has(framework)) errors.push(`Group ${g.name}: framework "${framework}" is unknown; kept as it was.`);
    return {
      tribe_id: tribeId,
      name: name80(g),
      mission: g.description ?? undefined,
      framework: FRAMEWORKS.has(framework) ? framework : undefined,
      product_owner_id: person(g, 'product owner', g.annotations[ANNOTATION.productOwner]),
      agile_coach_id: person(g, 'agile coach', g.annotations[ANNOTATION.agileCoach]),
    };
  });
  await upsertGroups('chapter', (g) => {
    const tribeId = tribeOf(g);
    if (!tribeId) return null;
    return {
      tribe_id: tribeId,
      name: name80(g),
      discipline: (g.annotations[ANNOTATION.discipline] || g.displayName).slice(0, 60),
      lead_id: person(g, 'chapter lead', g.annotations[ANNOTATION.chapterLead]),
    };
  });
  await upsertGroups('guild', (g) => ({ name: name80(g), description: g.description ?? undefined }));

  // Memberships: from Group spec.members and User spec.memberOf alike.
  const wanted = new Map<string, Set<string>>(); // group name -> user names
  const want = (group: string, user: string) => wanted.set(group, (wanted.get(group) ?? new Set()).add(user));
  for (const g of catalog.groups) for (const m of g.members) want(g.name, m);
  for (const u of catalog.users) for (const g of u.memberOf) want(g, u.name);

  const squadOf = new Map<string, { squadId: string; group: string }>(); // user id ->
  const chapterOf = new Map<string, { chapterId: string; group: string }>();
  const guildPairs: { guildId: string; userId: string; coordinator: boolean | undefined; group: string }[] = [];
  for (const [groupName, users] of [...wanted.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const group = groupIdByName.get(groupName);
    if (!group) {
      if (!byName.has(groupName)) errors.push(`Group ${groupName}: people are listed as members but the group is not in the file; those memberships were not imported.`);
      continue;
    }
    const coordinators = group.type === 'guild' ? byName.get(groupName)!.annotations[ANNOTATION.coordinators] : undefined;
    const coordinatorSet = coordinators === undefined ? undefined : new Set(refList(coordinators));
    for (const uname of [...users].sort()) {
      const uid = userId.get(uname);
      if (!uid) {
        errors.push(`Group ${groupName}: member "${uname}" is not a User in the file; that membership was not imported.`);
        continue;
      }
      if (group.type === 'squad') {
        const prior = squadOf.get(uid);
        if (prior && prior.squadId !== group.id) {
          errors.push(`User ${uname}: listed in squads ${prior.group} and ${groupName}; a person is in at most one squad, so only ${prior.group} was imported.`);
        } else squadOf.set(uid, { squadId: group.id, group: groupName });
      } else if (group.type === 'chapter') {
        const prior = chapterOf.get(uid);
        if (prior && prior.chapterId !== group.id) {
          errors.push(`User ${uname}: listed in chapters ${prior.group} and ${groupName}; a person is in at most one chapter, so only ${prior.group} was imported.`);
        } else chapterOf.set(uid, { chapterId: group.id, group: groupName });
      } else if (group.type === 'guild') {
        guildPairs.push({ guildId: group.id, userId: uid, coordinator: coordinatorSet?.has(uname), group: groupName });
      } else {
        errors.push(`Group ${groupName}: tribes have no direct members in Guildhall (people belong to its squads); ${uname} was not added.`);
      }
    }
  }
  reportCoordinatorsWithoutMembership(catalog, wanted, errors);
  const nameOfUser = new Map([...userId.entries()].map(([name, id]) => [id, name]));
  const membershipDone = counter(progress, ImportPhase.memberships, squadOf.size + chapterOf.size + guildPairs.length);

  // Squads: move people whose squad differs; leaving another tribe's squad drops that tribe's chapter.
  const userIds = [...new Set([...squadOf.keys(), ...chapterOf.keys()])];
  const currentSquad = new Map<string, { squad_id: string; tribe_id: string }>(
    (await tx.query(`SELECT m.user_id, m.squad_id, s.tribe_id FROM squad_memberships m JOIN squads s ON s.id = m.squad_id WHERE m.user_id = ANY($1::uuid[])`, [userIds])).map(
      (r: any) => [r.user_id, r],
    ),
  );
  const squadTribe = new Map<string, string>(
    [...groupIdByName.values()].filter((g) => g.type !== 'tribe' && g.tribeId).map((g) => [g.id, g.tribeId!]),
  );
  const squadMoves = [...squadOf.entries()].filter(([uid, s]) => currentSquad.get(uid)?.squad_id !== s.squadId);
  if (squadMoves.length) {
    await tx.query(
      `INSERT INTO squad_memberships (user_id, squad_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])
       ON CONFLICT (user_id) DO UPDATE SET squad_id = EXCLUDED.squad_id, joined_at = now()`,
      [squadMoves.map(([u]) => u), squadMoves.map(([, s]) => s.squadId)],
    );
    await tx.query(
      `DELETE FROM chapter_memberships cm USING chapters c, squad_memberships m, squads s
        WHERE cm.user_id = ANY($1::uuid[]) AND c.id = cm.chapter_id AND m.user_id = cm.user_id AND s.id = m.squad_id AND s.tribe_id <> c.tribe_id`,
      [squadMoves.map(([u]) => u)],
    );
    for (const [, s] of squadMoves) touch(`Group ${s.group}`);
  }
  membershipDone(squadOf.size);

  // Chapters: the person's squad (after the moves above) must be in the chapter's tribe.
  const currentChapter = new Map<string, string>(
    (await tx.query(`SELECT user_id, chapter_id FROM chapter_memberships WHERE user_id = ANY($1::uuid[])`, [userIds])).map((r: any) => [r.user_id, r.chapter_id]),
  );
  const chapterMoves: [string, string, string][] = [];
  for (const [uid, c] of chapterOf) {
    const squadId = squadOf.get(uid)?.squadId ?? currentSquad.get(uid)?.squad_id;
    const tribeOfSquad = squadId ? (squadTribe.get(squadId) ?? currentSquad.get(uid)?.tribe_id) : undefined;
    const chapterTribe = squadTribe.get(c.chapterId);
    const uname = nameOfUser.get(uid);
    if (!tribeOfSquad || tribeOfSquad !== chapterTribe) {
      errors.push(
        `User ${uname}: chapter ${c.group} belongs to another tribe than their squad${squadId ? '' : ' (they have none)'}; a person's chapter must be in their squad's tribe, so that membership was not imported.`,
      );
      continue;
    }
    if (currentChapter.get(uid) !== c.chapterId) chapterMoves.push([uid, c.chapterId, c.group]);
  }
  if (chapterMoves.length) {
    await tx.query(
      `INSERT INTO chapter_memberships (user_id, chapter_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])
       ON CONFLICT (user_id) DO UPDATE SET chapter_id = EXCLUDED.chapter_id, joined_at = now()`,
      [chapterMoves.map((m) => m[0]), chapterMoves.map((m) => m[1])],
    );
    for (const m of chapterMoves) touch(`Group ${m[2]}`);
  }
  membershipDone(chapterOf.size);

  // Guilds: add missing members; where the file names coordinators, set who coordinates.
  if (guildPairs.length) {
    const groupOfGuild = new Map(guildPairs.map((p) => [p.guildId, p.group]));
    const args = [guildPairs.map((p) => p.guildId), guildPairs.map((p) => p.userId), guildPairs.map((p) => p.coordinator ?? null)];
    const added: { guild_id: string }[] = await tx.query(
      `INSERT INTO guild_memberships (guild_id, user_id, is_coordinator)
       SELECT g, u, COALESCE(c, false) FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) AS w(g, u, c)
       ON CONFLICT (guild_id, user_id) DO NOTHING RETURNING guild_id`,
      args,
    );
    // TypeORM answers UPDATE ... RETURNING with [rows, rowCount].
    const [coordinated]: [{ guild_id: string }[], number] = await tx.query(
      `UPDATE guild_memberships m SET is_coordinator = w.c FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) AS w(g, u, c)
        WHERE m.guild_id = w.g AND m.user_id = w.u AND w.c IS NOT NULL AND m.is_coordinator <> w.c RETURNING m.guild_id`,
      args,
    );
    for (const r of [...added, ...coordinated]) touch(`Group ${groupOfGuild.get(r.guild_id)}`);
  }
  membershipDone(guildPairs.length);

  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const s of state.values()) counts[s]++;
  return { ...counts, errors };
}

/** Reports one step's start, then returns a function that adds `n` items done and reports again. */
function counter(progress: ReportProgress, phase: string, total: number): (n?: number) => void {
  let done = 0;
  progress(phase, done, total);
  return (n = 1) => progress(phase, (done += n), total);
}

function reportCoordinatorsWithoutMembership(catalog: ParsedCatalog, wanted: Map<string, Set<string>>, errors: string[]): void {
  for (const g of catalog.groups) {
    if (g.type !== 'guild') continue;
    for (const c of refList(g.annotations[ANNOTATION.coordinators])) {
      if (!wanted.get(g.name)?.has(c)) {
        errors.push(`Group ${g.name}: coordinator "${c}" is not listed as a member; coordinators must be members, so it was not imported.`);
      }
    }
  }
}
