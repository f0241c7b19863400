import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '../employers/employers.module';
import { BlueCardThresholdsModule } from '../blue-card-thresholds/blue-card-thresholds.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SearchIndexingModule } from '../search/indexing/search-indexing.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { JobOfferEntity } from './entities/job-offer.entity';
import { JobOffersIndex } from './job-offers.index';
import { JobOfferSearchService } from './job-offer-search.service';
import { JobOffersController } from './job-offers.controller';
import { JobOffersRepository } from './job-offers.repository';
import { JobOffersService } from './job-offers.service';
import { OffersFollowEmployerHandler } from './offers-follow-employer.handler';

@Module({
  imports: [
    TypeOrmModule.forFeature([JobOfferEntity]),
    EmployersModule,
    AuditLogModule,
    SearchIndexingModule,
    TaxonomyModule,
    BlueCardThresholdsModule,
    NotificationsModule,
  ],
  controllers: [JobOffersController],
  providers: [JobOffersRepository, JobOffersService, JobOfferSearchService, JobOffersIndex, OffersFollowEmployerHandler],
  exports: [JobOffersService, JobOffersRepository, JobOfferSearchService],
})
export class JobOffersModule {}
