import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogModule } from '../moderation/audit-log.module';
import { SearchIndexingModule } from '../search/indexing/search-indexing.module';
import { EmployersController } from './employers.controller';
import { EmployersRepository } from './employers.repository';
import { EmployersService } from './employers.service';
import { EmployerEntity } from './entities/employer.entity';

@Module({
  imports: [TypeOrmModule.forFeature([EmployerEntity]), AuditLogModule, SearchIndexingModule],
  controllers: [EmployersController],
  providers: [EmployersRepository, EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
