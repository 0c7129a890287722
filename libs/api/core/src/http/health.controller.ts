import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '../graphql/viewer.decorator';
import { DatabaseMonitor } from '../database/database-monitor';

@Controller('health')
export class HealthController {
  private draining = false;

  constructor(private readonly database: DatabaseMonitor) {}

  /** From shutdown on, this instance is not ready: load balancers stop sending it work. */
  startDraining() {
    this.draining = true;
  }

  /** Readiness: answers 200 only while the instance takes work and its database answers. */
  @Public()
  @Get()
  @HttpCode(200)
  async health() {
    if (this.draining) throw new ServiceUnavailableException({ status: 'shutting down' });
    if (!(await this.database.isReachable())) throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    return { status: 'ok', database: 'up' };
  }
}
