import { Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../errors/app-errors';
import { RedisService } from '../redis/redis.service';

/**
 * Counts attempts per key in a window; with REDIS_URL the counters are shared by every API
 * instance, otherwise they live in this process.
 */
@Injectable()
export class RateLimitService {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(private readonly redis: RedisService) {}

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
      const opts = { keyPrefix: this.redis.key('rate-limit', limit.name), points: limit.points, duration: limit.durationSeconds };
      limiter = this.redis.client
        ? new RateLimiterRedis({ ...opts, storeClient: this.redis.client, insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts);
      this.limiters.set(limit.name, limiter);
    }
    return limiter;
  }
}
