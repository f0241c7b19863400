import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLog } from './audit-log.service';
import { AuditLogEntryEntity } from './entities/audit-log-entry.entity';

/** Import this to record decisions and status changes (`AuditLog.record(manager, entry)`). */
@Module({
  imports: [TypeOrmModule.forFeature([AuditLogEntryEntity])],
  providers: [AuditLogRepository, AuditLog],
  exports: [AuditLog],
})
export class AuditLogModule {}
