import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { EmployersModule } from '../employers/employers.module';
import { JobOffersModule } from '../job-offers/job-offers.module';
import { SearchEngineModule } from '../search/search-engine.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { BlueCardThresholdsModule } from '../blue-card-thresholds/blue-card-thresholds.module';
import { ExactRankingService } from './exact-ranking.service';
import { MatchScoringService } from './match-scoring.service';
import { MatchingController } from './matching.controller';
import { CandidateRankingService } from './candidate-ranking.service';
import { MatchingService } from './matching.service';
import { OfferRankingService } from './offer-ranking.service';
import { DEFAULT_MATCH_RETRIEVAL_CAP, MATCH_RETRIEVAL_CAP } from './retrieval/retrieval-limits';

/**
 * Matching: both directions of `matches` (retrieval and ranking per direction, the
 * pure scorer in scoring/), and the Blue Card thresholds the scorer takes. The
 * exact reference ranking (ExactRankingService) is here for the exactness test
 * and the benchmark; no route uses it.
 */
@Module({
  imports: [BlueCardThresholdsModule, CandidatesModule, EmployersModule, JobOffersModule, SearchEngineModule, TaxonomyModule],
  controllers: [MatchingController],
  providers: [
    MatchingService,
    CandidateRankingService,
    OfferRankingService,
    MatchScoringService,
    ExactRankingService,
    { provide: MATCH_RETRIEVAL_CAP, useValue: DEFAULT_MATCH_RETRIEVAL_CAP },
  ],
  exports: [BlueCardThresholdsModule, MatchingService],
})
export class MatchingModule {}
