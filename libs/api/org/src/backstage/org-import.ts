import { EntityManager } from 'typeorm';
import type { UserRepository } from '@guildhall/api-auth';
import { ParsedCatalog } from './backstage-format';
import { importGroups } from './import-groups';
import { importMemberships } from './import-memberships';
import { importPeople } from './import-people';
import { ReportProgress } from './import-progress.model';
import { ImportCounts, ImportTally } from './import-tally';

export type { ImportCounts } from './import-tally';

/**
 * Applies a parsed catalog inside the caller's transaction; people are written through auth's `people`. Entities are matched by email (people)
 * and slug (groups); each is validated on its own, so one bad entity becomes an error line and the
 * rest is imported. The import adds and updates, never deletes, so a second run changes nothing.
 * Writes are batched (a few statements per kind of row, whatever the file's size). `progress` hears
 * how far it has got: people, then groups (with their seats), then memberships.
 */
export async function importOrg(tx: EntityManager, people: UserRepository, catalog: ParsedCatalog, progress: ReportProgress = () => undefined): Promise<ImportCounts> {
  const tally = new ImportTally(catalog.errors);
  const ids = await importPeople(tx, people, catalog, tally, progress);
  const groups = await importGroups(tx, catalog, ids, tally, progress);
  await importMemberships(tx, catalog, ids, groups, tally, progress);
  return tally.counts();
}
