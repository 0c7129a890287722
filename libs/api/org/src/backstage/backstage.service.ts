import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, Viewer } from '@guildhall/api-core';
import { assertAdmin, isAdmin } from '../shared/org-access';
import { parseCatalogYaml, toCatalogYaml } from './backstage-format';
import { ImportReport } from './import-report.model';
import { importOrg } from './org-import';
import { readOrgDocument } from './org-export';

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/** The organisation in Backstage's catalog format, out and in. */
@Injectable()
export class BackstageService {
  private readonly logger = new Logger('OrgImport');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Everyone signed in may export (transparency); emails are included for admins only. */
  async export(viewer: Viewer): Promise<string> {
    // One snapshot: REPEATABLE READ so the queries see the same state.
    return this.db.transaction('REPEATABLE READ', async (tx) => toCatalogYaml(await readOrgDocument(tx, { includeEmails: isAdmin(viewer) })));
  }

  /** Admins only. One transaction; a dry run rolls it back and reports what would happen. */
  async import(viewer: Viewer, yaml: string, dryRun: boolean): Promise<ImportReport> {
    assertAdmin(viewer, 'import the organisation');
    if (Buffer.byteLength(yaml, 'utf8') > IMPORT_MAX_BYTES) throw badInput('The file is larger than 20 MB; split it into several imports.', 'yaml');
    const catalog = parseCatalogYaml(yaml);
    if (!catalog.users.length && !catalog.groups.length && !catalog.errors.length) {
      throw badInput('The file holds no Backstage Group or User entities.', 'yaml');
    }
    const started = Date.now();
    try {
      const report = await this.db.transaction(async (tx) => {
        // One import at a time: two concurrent imports of overlapping files would race on slugs and emails.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['guildhall:org-import']);
        const result: ImportReport = { dryRun, ...(await importOrg(tx, catalog)) };
        if (dryRun) throw new DryRunRollback(result);
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
