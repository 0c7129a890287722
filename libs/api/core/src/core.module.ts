import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ErrorsFilter } from './errors/errors.filter';
import { FairShare } from './graphql/fair-share';
import { HealthController } from './http/health.controller';
import { RateLimitService } from './rate-limit/rate-limit.service';
import { InstanceBroadcast } from './redis/instance-broadcast';
import { RedisService } from './redis/redis.service';
import { TextInputPipe } from './validation/text-input.pipe';

@Global()
@Module({
  controllers: [HealthController],
  providers: [
    RedisService,
    InstanceBroadcast,
    RateLimitService,
    { provide: APP_FILTER, useClass: ErrorsFilter },
    { provide: APP_PIPE, useClass: TextInputPipe },
    FairShare,
  ],
  exports: [RedisService, InstanceBroadcast, RateLimitService, FairShare],
})
export class CoreModule {}
