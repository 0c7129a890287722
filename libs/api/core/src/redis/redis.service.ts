import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * This process's one connection to Redis (REDIS_URL), shared by everything that keeps state
 * across API instances; `client` is undefined without REDIS_URL, and callers keep that state in
 * memory instead. Commands fail fast rather than queue while Redis is unreachable.
 */
@Injectable()
export class RedisService implements OnModuleDestroy {
  readonly client?: Redis;
  private readonly logger = new Logger('Redis');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.redisUrl) {
      this.client = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.client.on('error', (e) => this.logger.warn(e.message));
    }
  }

  /** A key under REDIS_KEY_PREFIX, so several deployments (or test runs) can share one Redis. */
  key(...parts: string[]): string {
    return [this.config.redisKeyPrefix, ...parts].join(':');
  }

  onModuleDestroy() {
    this.client?.disconnect();
  }
}
