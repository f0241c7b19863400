import type { BenchStack } from '../bench-stack';
import type { Timing } from '../measure';

/** One row of the benchmark table: the app's route against raw Meilisearch and raw PostgreSQL on the same data. */
export interface ScenarioResult {
  scenario: string;
  data: string;
  app: Timing;
  rawMeili?: Timing;
  rawPostgres?: Timing;
  note?: string;
}

export interface Scenario {
  name: string;
  /** Loads what the scenario needs (once). */
  prepare?(stack: BenchStack): Promise<void>;
  run(stack: BenchStack): Promise<ScenarioResult[]>;
}
