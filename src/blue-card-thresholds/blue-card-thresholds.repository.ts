import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { BlueCardThresholdEntity } from './entities/blue-card-threshold.entity';

const UNIQUE_VIOLATION = '23505';

export interface NewBlueCardThreshold {
  validFrom: string;
  standardAnnualEur: number;
  reducedAnnualEur: number;
  source: string;
}

@Injectable()
export class BlueCardThresholdsRepository {
  constructor(@InjectRepository(BlueCardThresholdEntity) private readonly rows: Repository<BlueCardThresholdEntity>) {}

  /** Every row, oldest first. */
  findAll(): Promise<BlueCardThresholdEntity[]> {
    return this.rows.find({ order: { validFrom: 'ASC' } });
  }

  /** Returns null when a row with this validFrom exists (also when two inserts race). */
  async create(row: NewBlueCardThreshold): Promise<BlueCardThresholdEntity | null> {
    try {
      return await this.rows.save(this.rows.create(row));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        return null;
      }
      throw error;
    }
  }
}
