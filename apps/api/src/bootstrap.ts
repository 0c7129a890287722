import { Logger, NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
    app.use(securityHeaders());
    app.use(cookieParser());
    app.use('/graphql', sameOriginOnly(config.trustedOrigins));
    app.use('/graphql', documentLengthLimit());
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

/** The built web app at `/`, with client-side routes falling back to index.html. */
function serveWebApp(app: NestExpressApplication, config: AppConfig, logger: Logger) {
  const dir = resolve(config.webDistDir);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`No web build in ${dir}; serving the API only. Run "npm run build" to build the web app.`);
    return;
  }
  // The build's hashed files never change: browsers may keep them for good. One that is missing
  // (a stale code chunk after a deploy) is a 404, never the app's page served as JavaScript.
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  // The page names the current build's files, so browsers check it on every visit.
  const pageCaching = 'no-cache';
  app.use(
    express.static(dir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => path.endsWith('.html') && res.setHeader('Cache-Control', pageCaching),
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health')) return next();
    if (!req.accepts('html')) return next();
    res.sendFile(index, { headers: { 'Cache-Control': pageCaching } });
  });
}
