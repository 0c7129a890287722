import { Logger, NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import { AppConfig, documentLengthLimit, EmbeddedPostgres, HealthController, sameOriginOnly, securityHeaders, sqlStats, startEmbeddedPostgres } from '@guildhall/api-core';
import { AppModule } from './app.module';
import { HttpDrain } from './http-drain';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  /**
   * Stops gracefully: /health turns 503, no new connections, every request received is
   * answered (within `drainMs`, then the rest are cut), then Nest, Redis and the database close.
   */
  close(drainMs?: number): Promise<void>;
}

/** Starts the database (embedded unless DATABASE_URL is set), the API and the web app on one port. */
export async function bootstrap(config: AppConfig, options: NestApplicationOptions = {}): Promise<RunningApp> {
  const logger = new Logger('Guildhall');
  let embedded: EmbeddedPostgres | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir);
  const databaseUrl = config.databaseUrl ?? embedded!.url;

  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
      bufferLogs: false,
      ...options,
    });
    app.set('trust proxy', config.trustProxy);
    // Large bodies for Backstage imports (megabytes of YAML in a variable); the query text itself
    // is bounded far lower before Apollo reads it.
    app.useBodyParser('json', { limit: '20mb' });
    app.disable('x-powered-by');
    // No ETag on GraphQL answers: Express would hash every answer for a header no client of a
    // POST uses. Static files keep theirs (serve-static sets its own).
    app.set('etag', false);
    app.use(securityHeaders());
    app.use(cookieParser());
    app.use('/graphql', sameOriginOnly(config.trustedOrigins));
    app.use('/graphql', documentLengthLimit());
    app.use('/graphql', compressAnswers());
    if (config.exposeSqlStats) {
      app.use('/graphql', (_req: Request, _res: Response, next: NextFunction) => sqlStats.run({ statements: 0 }, next));
    }
    serveWebApp(app, config, logger);
    // No app.enableShutdownHooks(): main.ts owns the signals, and Nest's own hooks would close
    // the database before the last requests are answered, then kill the process mid-answer.
    const http = new HttpDrain(app.getHttpServer());
    await app.listen(config.port, '0.0.0.0');
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      url: `http://localhost:${port}`,
      async close(drainMs = 10_000) {
        app.get(HealthController).startDraining();
        await http.drain(drainMs);
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}

/**
 * GraphQL answers of 1 KB and more are compressed per request: brotli when the client takes it
 * (browsers do), gzip otherwise, both at a low level, where JSON compresses well for little CPU
 * (docs/architecture.md, "How the web is built and served", has the measurement).
 */
export function compressAnswers() {
  const compress = compression({ threshold: 1024, level: GRAPHQL_GZIP_LEVEL, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: GRAPHQL_BROTLI_QUALITY } } });
  // A client that takes no encoding gets the answer as it is, without compression's wrapping of
  // every write (API clients and tools mostly send no Accept-Encoding).
  return (req: Request, res: Response, next: NextFunction) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}
const GRAPHQL_GZIP_LEVEL = 4;
const GRAPHQL_BROTLI_QUALITY = 1;

/**
 * The built web app at `/`, with client-side routes falling back to index.html. Every file is
 * compressed at build time (brotli and gzip next to it): each request gets the .br or .gz its
 * Accept-Encoding allows, with `Vary: Accept-Encoding`, or the plain file. The build has no
 * source maps, and a request for one is never answered with the page.
 */
function serveWebApp(app: NestExpressApplication, config: AppConfig, logger: Logger) {
  const dir = resolve(config.webDistDir);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No web build in ${dir}; serving the API only. Run "npm run build" to build the web app.`);
    return;
  }
  const precompressed = { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false };
  // The build's hashed files never change: browsers may keep them for good. One that is missing
  // (a stale code chunk after a deploy) is a 404, never the app's page served as JavaScript.
  app.use('/assets', expressStaticGzip(join(dir, 'assets'), { ...precompressed, serveStatic: { immutable: true, maxAge: '1y', fallthrough: false } }));
  // The page names the current build's files, so browsers check it on every visit.
  const page = expressStaticGzip(dir, {
    ...precompressed,
    serveStatic: { index: false, maxAge: '1h', setHeaders: (res, path) => /\.html(\.br|\.gz)?$/.test(path) && res.setHeader('Cache-Control', 'no-cache') },
  });
  app.use(page);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    if (!req.accepts('html')) return next();
    // A tool asking for a source map gets a 404; a person opening /tags/x.map still gets the page.
    if (req.path.endsWith('.map') && !req.get('accept')?.includes('text/html')) return next();
    req.url = '/index.html';
    page(req, res, next);
  });
}
