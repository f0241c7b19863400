import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { SearchEngineService } from './search-engine.service';

export interface ReplicaHealth {
  status: 'up' | 'down';
  message?: string;
}

/**
 * `search` is up when at least one Meilisearch replica answers (searches go to
 * those). With several replicas, `replicas` names each (`search-replica-1`, …)
 * up or down, so one replica down shows without turning /health into a 503.
 * With one server the entry is exactly as before: `{"status":"up"}` or down with a message.
 */
@Injectable()
export class SearchHealthIndicator {
  constructor(
    private readonly engine: SearchEngineService,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key: string) {
    const indicator = this.health.check(key);
    const replicas = this.engine.replicas();
    const checks = await Promise.all(
      replicas.map(async (replica): Promise<ReplicaHealth> => {
        try {
          const status = await replica.health();
          return status === 'available' ? { status: 'up' } : { status: 'down', message: `Meilisearch is ${status}` };
        } catch (error) {
          return { status: 'down', message: (error as Error).message };
        }
      }),
    );
    if (replicas.length === 1) {
      return checks[0].status === 'up' ? indicator.up() : indicator.down({ message: checks[0].message });
    }
    const details = { replicas: Object.fromEntries(replicas.map((replica, i) => [replica.name, checks[i]])) };
    const up = checks.filter((c) => c.status === 'up').length;
    return up > 0 ? indicator.up(details) : indicator.down({ message: `No Meilisearch replica answers`, ...details });
  }
}
