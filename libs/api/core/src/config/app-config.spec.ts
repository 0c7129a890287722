import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the embedded database, port 3000 and the demo seed by default', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: './.data', seedDemo: true, cookieSecure: false });
  });

  it('does not seed a real database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('names every bad setting at once', () => {
    expect(() => loadConfig({ PORT: '99999', REDIS_URL: 'http://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '99999', REDIS_URL: 'http://x' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/REDIS_URL: must be a redis:\/\/ URL/);
    }
  });

  it('refuses production without a real database, with placeholder secrets, or with SQL stats exposed', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:password@db/x' })).toThrow(/placeholder password/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:s3cr3t-Long@db/x', EXPOSE_SQL_STATS: 'true' })).toThrow(
      /EXPOSE_SQL_STATS/,
    );
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:s3cr3t-Long@db/x' }).cookieSecure).toBe(true);
  });

  it('reuses session lookups only where every instance hears of sign-outs: one embedded process, or instances sharing Redis', () => {
    expect(loadConfig({}).sessionCacheSeconds).toBe(30);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x' }).sessionCacheSeconds).toBe(0);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379' }).sessionCacheSeconds).toBe(30);
    expect(loadConfig({ SESSION_CACHE_SECONDS: '0' }).sessionCacheSeconds).toBe(0);
    expect(() => loadConfig({ SESSION_CACHE_SECONDS: '600' })).toThrow(/SESSION_CACHE_SECONDS: must be at most 60/);
  });

  it('bounds shutdown at SHUTDOWN_TIMEOUT_SECONDS, 10 by default', () => {
    expect(loadConfig({}).shutdownTimeoutSeconds).toBe(10);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '25' }).shutdownTimeoutSeconds).toBe(25);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS: must be at least 1/);
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: 'soon' })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS: must be a number/);
  });
});
