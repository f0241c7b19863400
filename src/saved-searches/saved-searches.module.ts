import { Module } from '@nestjs/common';
import { SchedulingModule } from '../common/scheduling/scheduling.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '../candidates/candidates.module';
import { EmployersModule } from '../employers/employers.module';
import { JobOffersModule } from '../job-offers/job-offers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { InstantAlertTriggerEntity } from './entities/instant-alert-trigger.entity';
import { SavedSearchHitEntity } from './entities/saved-search-hit.entity';
import { SavedSearchEntity } from './entities/saved-search.entity';
import { InstantAlertsHandler } from './instant-alerts.handler';
import { SavedSearchAlertsJob } from './saved-search-alerts.job';
import { SavedSearchAlertsService } from './saved-search-alerts.service';
import { SavedSearchRecordsHandler } from './saved-search-records.handler';
import { SavedSearchResultsReader } from './saved-search-results.reader';
import { SavedSearchesController } from './saved-searches.controller';
import { SavedSearchesRepository } from './saved-searches.repository';
import { SavedSearchesService } from './saved-searches.service';

/**
 * Saved searches and their alerts: over the job search (job-offers) and the
 * candidate search (candidates), notifying through notifications; instant
 * alerts answer the search pipeline's SEARCH_INDEXED hook.
 */
@Module({
  imports: [
    SchedulingModule,
    TypeOrmModule.forFeature([SavedSearchEntity, SavedSearchHitEntity, InstantAlertTriggerEntity]),
    CandidatesModule,
    EmployersModule,
    JobOffersModule,
    NotificationsModule,
  ],
  controllers: [SavedSearchesController],
  providers: [
    SavedSearchesRepository,
    SavedSearchesService,
    SavedSearchResultsReader,
    SavedSearchAlertsService,
    SavedSearchAlertsJob,
    InstantAlertsHandler,
    SavedSearchRecordsHandler,
  ],
  exports: [SavedSearchAlertsService],
})
export class SavedSearchesModule {}
