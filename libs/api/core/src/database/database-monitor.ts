import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';

/** How long a probe may take before the database counts as unreachable. */
const PROBE_TIMEOUT_MS = 1_000;
/** How often to probe while requests wait on the database. */
const PROBE_INTERVAL_MS = 1_000;
/**
 * While the database is down, how often a fresh connection is tried. A try may hang for
 * PROBE_TIMEOUT_MS (a network that drops what it is sent), so tries overlap: service resumes
 * within about this long after the database returns, not after the hung try gives up.
 */
const RECOVERY_INTERVAL_MS = 200;
/** Overlapping tries are bounded: PROBE_TIMEOUT_MS / RECOVERY_INTERVAL_MS, and one more. */
const RECOVERY_TRIES_AT_ONCE = Math.ceil(PROBE_TIMEOUT_MS / RECOVERY_INTERVAL_MS) + 1;
/**
 * Opening a new connection (a process forked, catalogs loaded) can take more than a second on
 * a busy machine: that alone is only a doubt, and it takes this many in a row to conclude.
 */
export const SLOW_CONNECTS_TO_CONCLUDE = 2;

/**
 * Notices when the database server stops answering, so requests fail in about two seconds
 * instead of waiting for it.
 *
 * A stopped server cuts connections and refuses new ones, and requests fail at once. A server
 * that stops answering (network gone, host frozen) leaves queries on open connections waiting
 * with nothing to end them: no client-side query timeout fits, since some queries wait on
 * locks for a long time on purpose (a second import waits for the first). So, while the pool
 * is busy, one dedicated connection asks `SELECT 1` each second; when that gets no answer
 * within a second the pool's connections are cut, their requests fail with
 * SERVICE_UNAVAILABLE, and new ones get a fresh connection as soon as the server is back.
 *
 * The probe's connection is opened at start, so a probe only asks: silence on an open
 * connection, or a refused one, is a verdict. A new connection that is merely slow to open is
 * not, until it happens twice in a row (SLOW_CONNECTS_TO_CONCLUDE): a healthy but busy server
 * must not have its connections cut.
 *
 * While it is down, a fresh connection is tried every RECOVERY_INTERVAL_MS, and the first
 * that answers ends the outage.
 *
 * Only for a real server: the embedded database runs in this process and cannot go away.
 */
@Injectable()
export class DatabaseMonitor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private probeClient?: Client;
  private watch?: NodeJS.Timeout;
  private recovery?: NodeJS.Timeout;
  private recoveryTries = 0;
  private probing?: Promise<boolean>;
  private reachable = true;
  private slowConnects = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly options: { url: string; enabled: boolean },
  ) {}

  onApplicationBootstrap() {
    if (!this.options.enabled) return;
    void this.probe(); // opens the probe's connection while nothing waits on it
    this.watch = setInterval(() => {
      if (this.reachable && this.poolIsBusy()) void this.probe();
    }, PROBE_INTERVAL_MS).unref();
  }

  async onApplicationShutdown() {
    clearInterval(this.watch);
    clearInterval(this.recovery);
    this.recovery = undefined;
    await this.probeClient?.end().catch(() => undefined);
  }

  /** Whether the last probe found the database not answering (until one finds it back). */
  get knownDown(): boolean {
    return !this.reachable;
  }

  /** Whether the database answers now, within about a second. */
  async isReachable(): Promise<boolean> {
    if (!this.options.enabled) {
      try {
        await this.db.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    }
    return this.probe();
  }

  private probe(): Promise<boolean> {
    this.probing ??= this.ask().finally(() => (this.probing = undefined));
    return this.probing;
  }

  private async ask(): Promise<boolean> {
    const wasOpen = !!this.probeClient;
    let client: Client | undefined;
    try {
      client = this.probeClient ?? this.adopt(await this.connect());
      await client.query('SELECT 1');
      this.markUp();
    } catch (e) {
      if (client) this.dropProbeClient(client);
      const refused = (e as { code?: unknown }).code === 'ECONNREFUSED';
      if (this.reachable && !wasOpen && !refused && ++this.slowConnects < SLOW_CONNECTS_TO_CONCLUDE) return true;
      this.markDown(e as Error);
    }
    return this.reachable;
  }

  /** One recovery try: a fresh connection that answers ends the outage. */
  private async tryToRecover(): Promise<void> {
    if (this.reachable || this.recoveryTries >= RECOVERY_TRIES_AT_ONCE) return;
    this.recoveryTries++;
    try {
      const client = await this.connect();
      await client.query('SELECT 1').catch((e) => {
        destroy(client);
        throw e;
      });
      this.adopt(client);
      this.markUp();
    } catch {
      // still down: the next try is due in RECOVERY_INTERVAL_MS
    } finally {
      this.recoveryTries--;
    }
  }

  private markUp() {
    if (!this.reachable) this.logger.log('The database answers again.');
    this.reachable = true;
    this.slowConnects = 0;
    clearInterval(this.recovery);
    this.recovery = undefined;
  }

  private markDown(e: Error) {
    this.slowConnects = 0;
    if (this.reachable) {
      this.logger.warn(`The database does not answer (${e.message}); requests fail with SERVICE_UNAVAILABLE until it does.`);
      this.cutPoolConnections();
    }
    this.reachable = false;
    this.recovery ??= setInterval(() => void this.tryToRecover(), RECOVERY_INTERVAL_MS).unref();
  }

  private async connect(): Promise<Client> {
    const client = new Client({
      connectionString: this.options.url,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
      keepAlive: true,
    });
    client.on('error', () => this.dropProbeClient(client)); // reported by the next probe
    await client.connect();
    return client;
  }

  /** Keeps `client` as the probe's connection, unless another try already gave it one. */
  private adopt(client: Client): Client {
    if (!this.probeClient) return (this.probeClient = client);
    if (client !== this.probeClient) void client.end().catch(() => undefined);
    return this.probeClient;
  }

  private dropProbeClient(client: Client) {
    if (this.probeClient === client) this.probeClient = undefined;
    destroy(client);
  }

  private get pool(): Pool | undefined {
    return (this.db.driver as unknown as { master?: Pool }).master;
  }

  private poolIsBusy(): boolean {
    const pool = this.pool;
    return !!pool && (pool.waitingCount > 0 || pool.totalCount > pool.idleCount);
  }

  /** Ends every pooled connection at once: their queries fail now rather than wait forever. */
  private cutPoolConnections() {
    for (const client of (this.pool as unknown as { _clients?: Client[] })?._clients ?? []) destroy(client);
  }
}

/** Ends a connection's socket at once, whatever it waits on. */
function destroy(client: Client) {
  (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}
