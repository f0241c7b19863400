import { Injectable } from '@nestjs/common';
import { BlueCardThresholdsRepository } from './blue-card-thresholds.repository';
import { BlueCardThresholdDto, CreateBlueCardThresholdDto, toBlueCardThresholdDto } from './dto/blue-card-threshold.dto';
import { BlueCardThresholdExistsError } from './blue-card-thresholds.errors';
import type { BlueCardThreshold } from './blue-card-salary';

@Injectable()
export class BlueCardThresholdsService {
  constructor(private readonly repository: BlueCardThresholdsRepository) {}

  async list(): Promise<BlueCardThresholdDto[]> {
    return (await this.repository.findAll()).map(toBlueCardThresholdDto);
  }

  async create(input: CreateBlueCardThresholdDto): Promise<BlueCardThresholdDto> {
    const row = await this.repository.create({
      validFrom: input.validFrom,
      standardAnnualEur: input.standardAnnualEur,
      reducedAnnualEur: input.reducedAnnualEur,
      source: input.source,
    });
    if (!row) throw new BlueCardThresholdExistsError(input.validFrom);
    return toBlueCardThresholdDto(row);
  }

  /** Every row as the scorer's ScoringContext.blueCardThresholds (and blueCardSalaryWarning) take them. */
  async scoringThresholds(): Promise<BlueCardThreshold[]> {
    return (await this.repository.findAll()).map((r) => ({
      validFrom: r.validFrom,
      standard: r.standardAnnualEur,
      reduced: r.reducedAnnualEur,
      source: r.source,
    }));
  }
}
