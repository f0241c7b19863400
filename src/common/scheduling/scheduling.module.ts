import { Module } from '@nestjs/common';
import { RunOnceAcrossInstances } from './run-once-across-instances';
import { ScheduledJobRunsRepository } from './scheduled-job-runs.repository';

/** Scheduled jobs that run once across app instances (RunOnceAcrossInstances). */
@Module({
  providers: [ScheduledJobRunsRepository, RunOnceAcrossInstances],
  exports: [RunOnceAcrossInstances],
})
export class SchedulingModule {}
