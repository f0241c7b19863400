import { Module } from '@nestjs/common';
import { SchedulingModule } from '../../common/scheduling/scheduling.module';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { ThrottlerHitsCleanupJob } from './throttler-hits-cleanup.job';
import { ThrottlerHitsRepository } from './throttler-hits.repository';

/** The rate limits' shared storage (handed to ThrottlerModule by AuthModule) and its cleanup. */
@Module({
  imports: [SchedulingModule],
  providers: [ThrottlerHitsRepository, PostgresThrottlerStorage, ThrottlerHitsCleanupJob],
  exports: [PostgresThrottlerStorage],
})
export class ThrottlerStorageModule {}
