import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '@guildhall/api-core';
import { ImportProgress } from './import-progress.model';

/** A reading is kept this long after its last write, so the end of an import can still be read. */
export const PROGRESS_TTL_MS = 10 * 60 * 1000;
/** Within a step, readings are written at most this often; a new step and the end are written at once. */
export const PROGRESS_WRITE_INTERVAL_MS = 100;

/**
 * Where a running import says how far it has got. Kept out of the database (and so out of the
 * import's transaction) so importProgress sees it while the import runs: in Redis when REDIS_URL
 * is set, so any API instance can answer, else in this process's memory.
 */
@Injectable()
export class ImportProgressService {
  private readonly logger = new Logger('OrgImport');
  private readonly memory = new Map<string, { progress: ImportProgress; expiresAt: number }>();

  constructor(private readonly redis: RedisService) {}

  /** Follows one import; without a progress id nothing is written. */
  track(id: string | null | undefined): ImportProgressTracker {
    return new ImportProgressTracker(id ? (progress) => this.write(id, progress) : async () => undefined, this.logger);
  }

  /** The latest reading, or null when the id is unknown or its import ended more than 10 minutes ago. */
  async read(id: string): Promise<ImportProgress | null> {
    if (this.redis.client) {
      const json = await this.redis.client.get(this.key(id));
      return json ? (JSON.parse(json) as ImportProgress) : null;
    }
    const entry = this.memory.get(id);
    return entry && entry.expiresAt > Date.now() ? entry.progress : null;
  }

  private async write(id: string, progress: ImportProgress): Promise<void> {
    if (this.redis.client) {
      await this.redis.client.set(this.key(id), JSON.stringify(progress), 'PX', PROGRESS_TTL_MS);
      return;
    }
    const now = Date.now();
    if (!this.memory.has(id)) {
      for (const [key, entry] of this.memory) if (entry.expiresAt <= now) this.memory.delete(key);
    }
    this.memory.set(id, { progress, expiresAt: now + PROGRESS_TTL_MS });
  }

  private key(id: string): string {
    return this.redis.key('import-progress', id);
  }
}

/**
 * One import's progress. `report` is cheap enough to call for every item: it writes when the step
 * changes and otherwise at most every 100 ms (the latest reading of a quiet stretch is written when
 * the interval is up). Writes are not awaited and a failed write is only logged: progress never
 * slows or fails an import.
 */
export class ImportProgressTracker {
  private latest?: ImportProgress;
  private lastWrite = { at: 0, phase: '' };
  private timer?: NodeJS.Timeout;
  private writeFailed = false;

  constructor(
    private readonly write: (progress: ImportProgress) => Promise<void>,
    private readonly logger: Logger,
  ) {}

  report(phase: string, done: number, total: number): void {
    this.latest = { phase, done, total, finished: false };
    const wait = this.lastWrite.at + PROGRESS_WRITE_INTERVAL_MS - Date.now();
    if (phase !== this.lastWrite.phase || wait <= 0) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), wait).unref();
  }

  /** Writes the last reading, finished, and waits for it: once importOrg has returned, importProgress shows the end. */
  async finish(phase: string, counts?: { done: number; total: number }): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const { done, total } = counts ?? this.latest ?? { done: 0, total: 0 };
    await this.save({ phase, done, total, finished: true });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.latest) return;
    this.lastWrite = { at: Date.now(), phase: this.latest.phase };
    void this.save(this.latest);
  }

  private async save(progress: ImportProgress): Promise<void> {
    try {
      await this.write(progress);
    } catch (e) {
      if (!this.writeFailed) this.logger.warn(`Could not record import progress: ${(e as Error).message}`);
      this.writeFailed = true;
    }
  }
}
