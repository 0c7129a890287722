import { Global, Module } from '@nestjs/common';
import { HealthController } from './http/health.controller';
import { RateLimitService } from './rate-limit/rate-limit.service';
import { RedisService } from './redis/redis.service';

@Global()
@Module({
  controllers: [HealthController],
  providers: [RedisService, RateLimitService],
  exports: [RedisService, RateLimitService],
})
export class CoreModule {}
