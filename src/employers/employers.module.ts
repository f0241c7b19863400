import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { HooksModule } from '../common/hooks/hooks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EmployersController } from './employers.controller';
import { EmployersRepository } from './employers.repository';
import { EmployersService } from './employers.service';
import { EmployerEntity } from './entities/employer.entity';

@Module({
  imports: [TypeOrmModule.forFeature([EmployerEntity]), AuditLogModule, HooksModule, NotificationsModule],
  controllers: [EmployersController],
  providers: [EmployersRepository, EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
