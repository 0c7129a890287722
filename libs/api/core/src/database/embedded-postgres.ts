import { Logger } from '@nestjs/common';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

const logger = new Logger('EmbeddedPostgres');

/**
 * Starts PGlite behind pglite-socket on a loopback port so the same `pg` driver and TypeORM
 * config serve both the embedded default and a real server. PGlite runs one query at a time,
 * so callers must keep their pool at one connection, and only one process may open a data dir.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const releaseLock = takeLock(join(dir, 'guildhall.lock'));
  try {
    // Loaded lazily: only the embedded path needs the WASM build.
    const { PGlite } = await import('@electric-sql/pglite');
    const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const pgdata = join(dir, 'pgdata');
    const fresh = !existsSync(join(pgdata, 'PG_VERSION'));
    const extensions = { pgcrypto };
    const db = fresh ? await createFromTemplate(PGlite, pgdata, extensions) : await PGlite.create(pgdata, { extensions });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
    await server.start();
    logger.log(`Embedded PostgreSQL (PGlite) on ${server.getServerConn()}, files in ${dir}`);
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (e) {
    releaseLock();
    throw e;
  }
}

type PGliteClass = typeof import('@electric-sql/pglite').PGlite;
type Extensions = NonNullable<Parameters<PGliteClass['create']>[1]>['extensions'];

/**
 * A new data directory starts from an empty cluster kept in the user's cache, which loads in
 * about a second where PGlite's own initdb takes four or five. The first start on a machine
 * makes the cluster in memory and keeps it; a template that will not load is dropped and the
 * directory made the ordinary way.
 */
async function createFromTemplate(PGlite: PGliteClass, pgdata: string, extensions: Extensions) {
  const template = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'guildhall', `pglite-${pgliteVersion()}-cluster.tar.gz`);
  try {
    if (!existsSync(template)) {
      const empty = await PGlite.create({ extensions });
      const tar = Buffer.from(await (await empty.dumpDataDir('gzip')).arrayBuffer());
      await empty.close();
      mkdirSync(dirname(template), { recursive: true });
      const partial = `${template}.${process.pid}`;
      writeFileSync(partial, tar);
      renameSync(partial, template);
    }
    return await PGlite.create(pgdata, { extensions, loadDataDir: new Blob([readFileSync(template)]) });
  } catch (e) {
    logger.warn(`Could not start from the cluster template ${template} (${(e as Error).message}); making a new cluster.`);
    rmSync(template, { force: true });
    rmSync(pgdata, { recursive: true, force: true });
    return PGlite.create(pgdata, { extensions });
  }
}

function pgliteVersion(): string {
  const entry = require.resolve('@electric-sql/pglite');
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (name === '@electric-sql/pglite') return version;
    }
  }
  return 'unknown';
}

export class DataDirLockedError extends Error {}

function takeLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(
          `The data directory ${resolve(path, '..')} is in use by another Guildhall process (pid ${owner}). ` +
            'Stop it, or set DATA_DIR to another directory.',
        );
      }
      rmSync(path, { force: true }); // stale lock from a process that died
    }
  }
  throw new DataDirLockedError(`Could not lock ${path}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
