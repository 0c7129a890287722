import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { rateLimited } from '../errors/app-errors';

/**
 * Counts attempts per key in a window; with REDIS_URL the counters are shared by every API
 * instance, otherwise they live in this process.
 */
@Injectable()
export class RateLimitService implements OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly logger = new Logger(RateLimitService.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on('error', (e) => this.logger.warn(`Redis: ${e.message}`));
    }
  }

  /** Consumes one point for `key` under the named limit; throws RATE_LIMITED when exhausted. */
  async consume(limit: { name: string; points: number; durationSeconds: number }, key: string): Promise<void> {
    const limiter = this.limiter(limit);
    try {
      await limiter.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw rateLimited(e.msBeforeNext / 1000);
      throw e;
    }
  }

  async reset(limit: { name: string; points: number; durationSeconds: number }, key: string): Promise<void> {
    await this.limiter(limit).delete(key);
  }

  private limiter(limit: { name: string; points: number; durationSeconds: number }): RateLimiterAbstract {
    let limiter = this.limiters.get(limit.name);
    if (!limiter) {
      const opts = { keyPrefix: `${this.config.redisKeyPrefix}:rate-limit:${limit.name}`, points: limit.points, duration: limit.durationSeconds };
      limiter = this.redis
        ? new RateLimiterRedis({ ...opts, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts);
      this.limiters.set(limit.name, limiter);
    }
    return limiter;
  }

  onModuleDestroy() {
    this.redis?.disconnect();
  }
}
