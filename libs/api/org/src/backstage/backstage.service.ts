import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, DomainEvents, isUuid, PrivilegedActionTaken, Viewer } from '@guildhall/api-core';
import { canSeeEmail, UserRepository } from '@guildhall/api-auth';
import { assertAdmin } from '../shared/org-access';
import { parseCatalogYaml, toCatalogYaml } from './backstage-format';
import { ImportPhase, ImportProgress } from './import-progress.model';
import { ImportProgressService, ImportProgressTracker } from './import-progress.service';
import { ImportReport } from './import-report.model';
import { importOrg } from './org-import';
import { readOrgDocument } from './org-export';

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
const IMPORT_LOCK = 'guildhall:org-import';

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/** The organisation in Backstage's catalog format, out and in. */
@Injectable()
export class BackstageService {
  private readonly logger = new Logger('OrgImport');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly progress: ImportProgressService,
    private readonly events: DomainEvents,
    private readonly people: UserRepository,
  ) {}

  /** Everyone signed in may export (transparency); emails are included for admins only. */
  async export(viewer: Viewer): Promise<string> {
    // One snapshot: REPEATABLE READ so the queries see the same state.
    return this.db.transaction('REPEATABLE READ', async (tx) => toCatalogYaml(await readOrgDocument(tx, this.people, { includeEmails: canSeeEmail(viewer) })));
  }

  /**
   * Admins only. One transaction; a dry run rolls it back and reports what would happen. With a
   * progressId (a UUID the client makes up), importProgress(progressId) follows it while it runs.
   */
  async import(viewer: Viewer, yaml: string, dryRun: boolean, progressId?: string | null): Promise<ImportReport> {
    assertAdmin(viewer, 'import the organisation');
    if (progressId != null && !isUuid(progressId)) throw badInput('progressId must be a UUID, such as one from crypto.randomUUID().', 'progressId');
    const progress = this.progress.track(progressId);
    try {
      const report = await this.run(viewer, yaml, dryRun, progress);
      const imported = report.created + report.updated + report.unchanged;
      await progress.finish(ImportPhase.finished, { done: imported, total: imported });
      return report;
    } catch (e) {
      await progress.finish(ImportPhase.failed);
      throw e;
    }
  }

  /** Admins only: how far the import with this progressId has got; null when unknown or long over. */
  async importProgress(viewer: Viewer, progressId: string): Promise<ImportProgress | null> {
    assertAdmin(viewer, 'follow an import');
    return isUuid(progressId) ? this.progress.read(progressId) : null;
  }

  private async run(viewer: Viewer, yaml: string, dryRun: boolean, progress: ImportProgressTracker): Promise<ImportReport> {
    if (Buffer.byteLength(yaml, 'utf8') > IMPORT_MAX_BYTES) throw badInput('The file is larger than 20 MB; split it into several imports.', 'yaml');
    const catalog = await parseCatalogYaml(yaml, (read, total) => progress.report(ImportPhase.reading, read, total));
    if (!catalog.users.length && !catalog.groups.length && !catalog.errors.length) {
      throw badInput('The file holds no Backstage Group or User entities.', 'yaml');
    }
    const started = Date.now();
    try {
      const report = await this.db.transaction(async (tx) => {
        // One import at a time: two concurrent imports of overlapping files would race on slugs and emails.
        const [{ locked }] = await tx.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [IMPORT_LOCK]);
        if (!locked) {
          progress.report(ImportPhase.waiting, 0, 1);
          await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [IMPORT_LOCK]);
        }
        const result: ImportReport = { dryRun, ...(await importOrg(tx, this.people, catalog, (phase, done, total) => progress.report(phase, done, total))) };
        if (dryRun) throw new DryRunRollback(result);
        const counts = { people: catalog.users.length, groups: catalog.groups.length, created: result.created, updated: result.updated, unchanged: result.unchanged, errors: result.errors.length };
        await this.events.publish(new PrivilegedActionTaken(tx, viewer, 'org.imported', { type: 'organisation', id: null, label: 'Backstage catalog import' }, null, counts));
        progress.report(ImportPhase.saving, 0, 1);
        return result;
      });
      this.logger.log(
        `Imported ${catalog.users.length} people and ${catalog.groups.length} groups in ${Date.now() - started} ms ` +
          `(${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.errors.length} errors)`,
      );
      return report;
    } catch (e) {
      if (e instanceof DryRunRollback) return e.report;
      throw e;
    }
  }
}
