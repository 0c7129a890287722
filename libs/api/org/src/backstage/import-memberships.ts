import { EntityManager } from 'typeorm';
import { ChapterPlacement, chapterMismatch, moveIntoSquads, placeInChapters, SquadMove } from '../shared/membership-rules';
import { ANNOTATION, ParsedCatalog, refList } from './backstage-format';
import { GroupsByName } from './import-groups';
import { PeopleByName } from './import-people';
import { ImportPhase, ReportProgress } from './import-progress.model';
import { ImportTally, progressOf } from './import-tally';

interface Wanted {
  /** user id -> their squad in the file */
  squadOf: Map<string, { squadId: string; group: string }>;
  chapterOf: Map<string, { chapterId: string; group: string }>;
  guildSeats: { guildId: string; userId: string; coordinator: boolean | undefined; group: string }[];
}

/**
 * Memberships, from Group spec.members and User spec.memberOf alike, through the same membership
 * rules as the mutations (membership-rules.ts), applied set-based: squads first (a move out of
 * another tribe drops that tribe's chapter), then chapters (only in the squad's tribe), then guilds.
 */
export async function importMemberships(tx: EntityManager, catalog: ParsedCatalog, people: PeopleByName, groups: GroupsByName, tally: ImportTally, progress: ReportProgress): Promise<void> {
  const wanted = wantedMemberships(catalog, people, groups, tally);
  const { squadOf, chapterOf, guildSeats } = wanted;
  const done = progressOf(progress, ImportPhase.memberships, squadOf.size + chapterOf.size + guildSeats.length);
  const userIds = [...new Set([...squadOf.keys(), ...chapterOf.keys()])];
  const currentSquad = new Map<string, { squad_id: string; tribe_id: string }>(
    (await tx.query(`SELECT m.user_id, m.squad_id, s.tribe_id FROM squad_memberships m JOIN squads s ON s.id = m.squad_id WHERE m.user_id = ANY($1::uuid[])`, [userIds])).map(
      (r: any) => [r.user_id, r],
    ),
  );

  // Squads: move the people whose squad differs.
  const squadMoves = [...squadOf.entries()].filter(([uid, s]) => currentSquad.get(uid)?.squad_id !== s.squadId);
  await moveIntoSquads(tx, squadMoves.map(([userId, s]): SquadMove => ({ userId, squadId: s.squadId })));
  for (const [, s] of squadMoves) tally.touch(`Group ${s.group}`);
  done(squadOf.size);

  // Chapters: the person's squad, after the moves above, must be in the chapter's tribe.
  const tribeOfGroup = new Map([...groups.values()].filter((g) => g.tribeId).map((g) => [g.id, g.tribeId!]));
  const nameOfUser = new Map([...people.entries()].map(([name, id]) => [id, name]));
  const currentChapter = new Map<string, string>(
    (await tx.query(`SELECT user_id, chapter_id FROM chapter_memberships WHERE user_id = ANY($1::uuid[])`, [userIds])).map((r: any) => [r.user_id, r.chapter_id]),
  );
  const chapterMoves: (ChapterPlacement & { group: string })[] = [];
  for (const [userId, c] of chapterOf) {
    const squadId = squadOf.get(userId)?.squadId ?? currentSquad.get(userId)?.squad_id;
    const squadTribe = squadId ? (tribeOfGroup.get(squadId) ?? currentSquad.get(userId)?.tribe_id) : undefined;
    if (chapterMismatch(squadTribe, tribeOfGroup.get(c.chapterId)!)) {
      tally.errors.push(
        `User ${nameOfUser.get(userId)}: chapter ${c.group} belongs to another tribe than their squad${squadId ? '' : ' (they have none)'}; a person's chapter must be in their squad's tribe, so that membership was not imported.`,
      );
      continue;
    }
    if (currentChapter.get(userId) !== c.chapterId) chapterMoves.push({ userId, chapterId: c.chapterId, group: c.group });
  }
  await placeInChapters(tx, chapterMoves);
  for (const m of chapterMoves) tally.touch(`Group ${m.group}`);
  done(chapterOf.size);

  await importGuildMemberships(tx, guildSeats, tally);
  done(guildSeats.length);
}

/** Who the file puts where, by ids; a person listed in two squads (or chapters) keeps the first, reported. */
function wantedMemberships(catalog: ParsedCatalog, people: PeopleByName, groups: GroupsByName, tally: ImportTally): Wanted {
  const members = new Map<string, Set<string>>(); // group name -> user names
  const want = (group: string, user: string) => members.set(group, (members.get(group) ?? new Set()).add(user));
  for (const g of catalog.groups) for (const m of g.members) want(g.name, m);
  for (const u of catalog.users) for (const g of u.memberOf) want(g, u.name);

  const byName = new Map(catalog.groups.map((g) => [g.name, g]));
  const out: Wanted = { squadOf: new Map(), chapterOf: new Map(), guildSeats: [] };
  for (const [groupName, users] of [...members.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const group = groups.get(groupName);
    if (!group) {
      if (!byName.has(groupName)) tally.errors.push(`Group ${groupName}: people are listed as members but the group is not in the file; those memberships were not imported.`);
      continue;
    }
    const coordinators = group.type === 'guild' ? byName.get(groupName)!.annotations[ANNOTATION.coordinators] : undefined;
    const coordinatorSet = coordinators === undefined ? undefined : new Set(refList(coordinators));
    for (const uname of [...users].sort()) {
      const uid = people.get(uname);
      if (!uid) {
        tally.errors.push(`Group ${groupName}: member "${uname}" is not a User in the file; that membership was not imported.`);
        continue;
      }
      if (group.type === 'squad') {
        const prior = out.squadOf.get(uid);
        if (prior && prior.squadId !== group.id) {
          tally.errors.push(`User ${uname}: listed in squads ${prior.group} and ${groupName}; a person is in at most one squad, so only ${prior.group} was imported.`);
        } else out.squadOf.set(uid, { squadId: group.id, group: groupName });
      } else if (group.type === 'chapter') {
        const prior = out.chapterOf.get(uid);
        if (prior && prior.chapterId !== group.id) {
          tally.errors.push(`User ${uname}: listed in chapters ${prior.group} and ${groupName}; a person is in at most one chapter, so only ${prior.group} was imported.`);
        } else out.chapterOf.set(uid, { chapterId: group.id, group: groupName });
      } else if (group.type === 'guild') {
        out.guildSeats.push({ guildId: group.id, userId: uid, coordinator: coordinatorSet?.has(uname), group: groupName });
      } else {
        tally.errors.push(`Group ${groupName}: tribes have no direct members in Guildhall (people belong to its squads); ${uname} was not added.`);
      }
    }
  }
  reportCoordinatorsWithoutMembership(catalog, members, tally);
  return out;
}

function reportCoordinatorsWithoutMembership(catalog: ParsedCatalog, members: Map<string, Set<string>>, tally: ImportTally): void {
  for (const g of catalog.groups) {
    if (g.type !== 'guild') continue;
    for (const c of refList(g.annotations[ANNOTATION.coordinators])) {
      if (!members.get(g.name)?.has(c)) {
        tally.errors.push(`Group ${g.name}: coordinator "${c}" is not listed as a member; coordinators must be members, so it was not imported.`);
      }
    }
  }
}

/** Guilds: add missing members; where the file names coordinators, set who coordinates. */
async function importGuildMemberships(tx: EntityManager, seats: Wanted['guildSeats'], tally: ImportTally): Promise<void> {
  if (!seats.length) return;
  const groupOfGuild = new Map(seats.map((p) => [p.guildId, p.group]));
  const args = [seats.map((p) => p.guildId), seats.map((p) => p.userId), seats.map((p) => p.coordinator ?? null)];
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
  for (const r of [...added, ...coordinated]) tally.touch(`Group ${groupOfGuild.get(r.guild_id)}`);
}
