import { Module } from '@nestjs/common';
import { SchedulingModule } from '../common/scheduling/scheduling.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { HooksModule } from '../common/hooks/hooks.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EmployersModule } from '../employers/employers.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { SearchIndexingModule } from '../search/indexing/search-indexing.module';
import { PlacesModule } from '../places/places.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { CandidateFactsReader } from './candidate-facts.reader';
import { CandidateModerationController } from './candidate-moderation.controller';
import { CandidateModerationService } from './candidate-moderation.service';
import { CandidatePrivacyService } from './candidate-privacy.service';
import { CandidateRetentionJob } from './candidate-retention.job';
import { CandidateSearchService } from './candidate-search.service';
import { CandidatesIndex } from './candidates.index';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';

@Module({
  imports: [
    SchedulingModule,
    TypeOrmModule.forFeature([CandidateProfileEntity]),
    AuthModule,
    TaxonomyModule,
    PlacesModule,
    SearchIndexingModule,
    AuditLogModule,
    EmployersModule,
    HooksModule,
    NotificationsModule,
  ],
  controllers: [CandidatesController, CandidateModerationController],
  providers: [
    CandidatesRepository,
    CandidatesService,
    CandidateSearchService,
    CandidatePrivacyService,
    CandidateModerationService,
    CandidateRetentionJob,
    CandidatesIndex,
    CandidateFactsReader,
  ],
  exports: [CandidateFactsReader, CandidatePrivacyService, CandidateSearchService],
})
export class CandidatesModule {}
