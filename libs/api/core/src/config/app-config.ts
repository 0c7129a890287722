import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1');

const positiveInt = (fallback: number) =>
  z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be positive').default(fallback);

/** Every setting Guildhall reads, validated once at boot. README's settings table documents each. */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .optional(),
    REDIS_KEY_PREFIX: z.string().regex(/^[\w.:-]+$/, 'may contain letters, digits and . : - _ only').default('guildhall'),
    SEED_DEMO: booleanFlag.optional(),
    WEB_DIST_DIR: z.string().default('dist/apps/web'),
    TRUST_PROXY: z.string().default('loopback'),
    TRUSTED_ORIGINS: z
      .string()
      .default('')
      .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean)),
    COOKIE_SECURE: booleanFlag.optional(),
    SESSION_TTL_DAYS: positiveInt(30),
    SESSION_CACHE_SECONDS: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').max(60, 'must be at most 60').optional(),
    AUTH_RATE_LIMIT_PER_IP: positiveInt(60),
    AUTH_RATE_LIMIT_PER_EMAIL: positiveInt(10),
    AUTH_RATE_LIMIT_WINDOW_SECONDS: positiveInt(900),
    MAX_QUERY_DEPTH: positiveInt(12),
    MAX_QUERY_COST: positiveInt(20000),
    MAX_CONCURRENT_QUERIES_PER_PERSON: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be positive').optional(),
    EXPOSE_SQL_STATS: booleanFlag.default(false),
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(600, 'must be at most 600').default(10),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV !== 'production') return;
    if (!c.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required in production (the embedded database is for evaluation only)' });
    } else {
      const password = safeUrl(c.DATABASE_URL)?.password ?? '';
      if (PLACEHOLDER_SECRETS.has(password.toLowerCase())) {
        ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'uses a placeholder password; set a real secret' });
      }
    }
    if (c.EXPOSE_SQL_STATS) {
      ctx.addIssue({ code: 'custom', path: ['EXPOSE_SQL_STATS'], message: 'must be false in production' });
    }
  });

const PLACEHOLDER_SECRETS = new Set(['', 'postgres', 'password', 'changeme', 'change-me', 'secret', 'example']);

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  redisKeyPrefix: string;
  seedDemo: boolean;
  webDistDir: string;
  /** Express's `trust proxy`: which hops may set X-Forwarded-For (client addresses feed rate limits). */
  trustProxy: string;
  trustedOrigins: string[];
  cookieSecure: boolean;
  sessionTtlDays: number;
  /**
   * How long each process may reuse a session lookup (default 30 s). Sign-out and role changes
   * are broadcast to every instance, which forget the sessions at once: through Redis when
   * REDIS_URL is set (and not at all while its subscription is down), in-process on the embedded
   * database (one process, guarded by the data-directory lock). With DATABASE_URL but no Redis,
   * other instances could not be told, so the default is 0 there (set it only for a single instance).
   */
  sessionCacheSeconds: number;
  authRateLimit: { perIp: number; perEmail: number; windowSeconds: number };
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Database-backed resolvers one person may run at once on this instance; the rest wait their turn. */
  maxConcurrentQueriesPerPerson: number;
  exposeSqlStats: boolean;
  /** On SIGTERM, how long requests already received may take; the process exits by then. */
  shutdownTimeoutSeconds: number;
}

export class ConfigError extends Error {}

/** Parses the environment; a bad value throws a ConfigError naming each offending setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    redisUrl: c.REDIS_URL,
    redisKeyPrefix: c.REDIS_KEY_PREFIX,
    seedDemo: c.SEED_DEMO ?? !c.DATABASE_URL,
    webDistDir: c.WEB_DIST_DIR,
    trustProxy: c.TRUST_PROXY,
    trustedOrigins: c.TRUSTED_ORIGINS,
    cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    sessionTtlDays: c.SESSION_TTL_DAYS,
    sessionCacheSeconds: c.SESSION_CACHE_SECONDS ?? (c.DATABASE_URL && !c.REDIS_URL ? 0 : 30),
    authRateLimit: {
      perIp: c.AUTH_RATE_LIMIT_PER_IP,
      perEmail: c.AUTH_RATE_LIMIT_PER_EMAIL,
      windowSeconds: c.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    },
    maxQueryDepth: c.MAX_QUERY_DEPTH,
    maxQueryCost: c.MAX_QUERY_COST,
    // The embedded database has one connection, so one turn each keeps everyone's queue short.
    maxConcurrentQueriesPerPerson: c.MAX_CONCURRENT_QUERIES_PER_PERSON ?? (c.DATABASE_URL ? 3 : 1),
    exposeSqlStats: c.EXPOSE_SQL_STATS,
    shutdownTimeoutSeconds: c.SHUTDOWN_TIMEOUT_SECONDS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
