import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlueCardThresholdsController } from './blue-card-thresholds.controller';
import { BlueCardThresholdsRepository } from './blue-card-thresholds.repository';
import { BlueCardThresholdsService } from './blue-card-thresholds.service';
import { BlueCardThresholdEntity } from './entities/blue-card-threshold.entity';

/**
 * Matching: for now the Blue Card threshold data (staff routes) that the pure
 * scorer in scoring/ takes through BlueCardThresholdsService.scoringThresholds().
 */
@Module({
  imports: [TypeOrmModule.forFeature([BlueCardThresholdEntity])],
  controllers: [BlueCardThresholdsController],
  providers: [BlueCardThresholdsRepository, BlueCardThresholdsService],
  exports: [BlueCardThresholdsService],
})
export class MatchingModule {}
