import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlueCardThresholdsController } from './blue-card-thresholds.controller';
import { BlueCardThresholdsRepository } from './blue-card-thresholds.repository';
import { BlueCardThresholdsService } from './blue-card-thresholds.service';
import { BlueCardThresholdEntity } from './entities/blue-card-threshold.entity';

/**
 * The Blue Card threshold data (staff routes) the scorer takes through
 * BlueCardThresholdsService.scoringThresholds(). A module of its own so that
 * job offers can use the thresholds (salary warning) while MatchingModule
 * imports JobOffersModule, without a cycle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([BlueCardThresholdEntity])],
  controllers: [BlueCardThresholdsController],
  providers: [BlueCardThresholdsRepository, BlueCardThresholdsService],
  exports: [BlueCardThresholdsService],
})
export class BlueCardThresholdsModule {}
