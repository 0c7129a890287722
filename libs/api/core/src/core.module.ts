import { Global, Module } from '@nestjs/common';
import { HealthController } from './http/health.controller';
import { RateLimitService } from './rate-limit/rate-limit.service';

@Global()
@Module({
  controllers: [HealthController],
  providers: [RateLimitService],
  exports: [RateLimitService],
})
export class CoreModule {}
