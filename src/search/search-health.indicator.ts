import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';
import { MEILI_CLIENT } from './meilisearch.client';

@Injectable()
export class SearchHealthIndicator {
  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key: string) {
    const indicator = this.health.check(key);
    try {
      const { status } = await this.meili.health();
      return status === 'available' ? indicator.up() : indicator.down({ message: `Meilisearch is ${status}` });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
