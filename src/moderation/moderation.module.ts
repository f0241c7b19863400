import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { JobOffersModule } from '../job-offers/job-offers.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

@Module({
  imports: [AuditLogModule, EmployersModule, JobOffersModule],
  controllers: [ModerationController],
  providers: [ModerationService],
})
export class ModerationModule {}
