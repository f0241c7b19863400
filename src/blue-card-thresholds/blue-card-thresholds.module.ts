import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BlueCardThresholdsController } from './blue-card-thresholds.controller';
import { BlueCardThresholdsRepository } from './blue-card-thresholds.repository';
import { BlueCardThresholdsService } from './blue-card-thresholds.service';
import { BlueCardThresholdEntity } from './entities/blue-card-threshold.entity';
import { OfferWarningsService } from './offer-warnings.service';

/**
 * The Blue Card threshold data (staff routes) and what is derived from it
 * without the rest of matching: the scorer's thresholds and the warnings on
 * job offers. A leaf module, so JobOffersModule can import it while
 * MatchingModule imports JobOffersModule — no cycle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([BlueCardThresholdEntity])],
  controllers: [BlueCardThresholdsController],
  providers: [BlueCardThresholdsRepository, BlueCardThresholdsService, OfferWarningsService],
  exports: [BlueCardThresholdsService, OfferWarningsService],
})
export class BlueCardThresholdsModule {}
