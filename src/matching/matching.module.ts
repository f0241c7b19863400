import { Module } from '@nestjs/common';
import { BlueCardThresholdsModule } from './blue-card-thresholds.module';

/**
 * Matching: for now the Blue Card threshold data (BlueCardThresholdsModule,
 * staff routes) that the pure scorer in scoring/ takes through
 * BlueCardThresholdsService.scoringThresholds().
 */
@Module({
  imports: [BlueCardThresholdsModule],
  exports: [BlueCardThresholdsModule],
})
export class MatchingModule {}
