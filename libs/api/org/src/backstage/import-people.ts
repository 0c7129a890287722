import { EntityManager } from 'typeorm';
import { UserRepository } from '@guildhall/api-auth';
import { ParsedCatalog } from './backstage-format';
import { ImportPhase, ReportProgress } from './import-progress.model';
import { ImportTally, progressOf } from './import-tally';

/** Entity name -> person id, for everyone the file names who was imported. */
export type PeopleByName = Map<string, string>;

/**
 * People, by email, through auth's `UserRepository.ensurePeople` (a few statements per 500 people). A second
 * User with an email already in the file is reported and left out.
 */
export async function importPeople(tx: EntityManager, people: UserRepository, catalog: ParsedCatalog, tally: ImportTally, progress: ReportProgress): Promise<PeopleByName> {
  const done = progressOf(progress, ImportPhase.people, catalog.users.length);
  const seenEmails = new Set<string>();
  const users = catalog.users.filter((u) => {
    if (seenEmails.has(u.email!)) {
      tally.errors.push(`User ${u.name}: the email ${u.email} is used by another User in the file; the first one was imported.`);
      done();
      return false;
    }
    seenEmails.add(u.email!);
    return true;
  });
  const ensured = await people.ensurePeople(
    tx,
    users.map((u) => ({ email: u.email!, displayName: u.displayName, discipline: u.discipline })),
    done,
  );
  const ids: PeopleByName = new Map();
  users.forEach((u, i) => {
    ids.set(u.name, ensured[i].id);
    tally.record(`User:${u.name}`, ensured[i].state);
  });
  return ids;
}
