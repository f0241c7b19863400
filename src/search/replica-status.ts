import { Injectable, Logger } from '@nestjs/common';

/** How long a replica that failed a request is skipped before it is tried (or probed) again. */
export const REPLICA_DOWN_MS = 3_000;

export type ReplicaState = 'up' | 'down' | 'probe';

/**
 * What this process knows of each Meilisearch replica's reachability. A replica
 * that refused a connection (or timed out) is "down" for REPLICA_DOWN_MS —
 * searches go elsewhere and writes leave it a retry row without paying the
 * connect timeout — then "probe": the next use tries it again. A replica that
 * answers after having been down is "recovered": listeners re-apply index
 * settings and hurry its retry rows along.
 */
@Injectable()
export class ReplicaStatus {
  private readonly logger = new Logger(ReplicaStatus.name);
  private readonly downUntil = new Map<string, number>();
  private readonly listeners: ((url: string) => void)[] = [];

  state(url: string): ReplicaState {
    const until = this.downUntil.get(url);
    if (until === undefined) return 'up';
    return Date.now() < until ? 'down' : 'probe';
  }

  markDown(url: string, name: string, reason: string): void {
    if (!this.downUntil.has(url)) this.logger.warn(`Meilisearch ${name} is down: ${reason}`);
    this.downUntil.set(url, Date.now() + REPLICA_DOWN_MS);
  }

  markUp(url: string, name: string): void {
    if (!this.downUntil.delete(url)) return;
    this.logger.log(`Meilisearch ${name} is back`);
    for (const listener of this.listeners) listener(url);
  }

  /** Called with the replica's URL each time a replica that was down answers again. */
  onRecovered(listener: (url: string) => void): void {
    this.listeners.push(listener);
  }
}
