import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { ReplicaEngine } from '../replica-engine';
import { SearchEngineService } from '../search-engine.service';
import { INDEXED_RESOURCE, IndexedResource } from './indexed-resource';

const SETTINGS_RETRY_MS = 5_000;

/**
 * Knows every IndexedResource of the app (discovered by the @SearchIndexed
 * marker) and makes sure each index exists with the settings declared in code
 * before anything is written to it — on each replica. Settings are applied at
 * start-up on every reachable replica; on a replica that is down then, on first
 * use or by the background retry; and again on first use after a replica that
 * was down answers again (it may have come back empty).
 */
@Injectable()
export class IndexRegistry implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IndexRegistry.name);
  private readonly resources = new Map<string, IndexedResource>();
  private readonly ready = new Map<string, Promise<void>>();
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly engine: SearchEngineService,
  ) {}

  onModuleInit(): void {
    this.engine.status.onRecovered((url) => this.forgetReplica(url));
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype || !this.reflector.get(INDEXED_RESOURCE, metatype)) continue;
      const resource = instance as IndexedResource;
      this.resources.set(resource.definition.name, resource);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.applyAllSettings();
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
  }

  all(): IndexedResource[] {
    return [...this.resources.values()];
  }

  get(resource: string): IndexedResource {
    const found = this.resources.get(resource);
    if (!found) throw new Error(`No indexed resource called "${resource}" is registered`);
    return found;
  }

  /**
   * Resolves once the index exists with its declared settings on this replica (every replica when none is
   * named); cached per replica, retried after a failure.
   */
  async ensureReady(resource: string, replica?: ReplicaEngine): Promise<void> {
    if (!replica) {
      await Promise.all(this.engine.replicas().map((r) => this.ensureReady(resource, r)));
      return;
    }
    const key = `${resource}@${replica.url}`;
    let pending = this.ready.get(key);
    if (!pending) {
      const definition = this.get(resource).definition;
      pending = replica.ensureIndex(definition, this.engine.uid(definition.name));
      this.ready.set(key, pending);
      pending.catch(() => this.ready.delete(key));
    }
    return pending;
  }

  /** Settings are applied again on this replica's next use. */
  private forgetReplica(url: string): void {
    for (const key of [...this.ready.keys()]) if (key.endsWith(`@${url}`)) this.ready.delete(key);
  }

  private async applyAllSettings(): Promise<void> {
    const pending = this.engine.replicas().flatMap((replica) => this.all().map((r) => this.ensureReady(r.definition.name, replica)));
    const failed = (await Promise.allSettled(pending)).find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) {
      const error: unknown = failed.reason;
      this.logger.warn(`Index settings not applied (${(error as Error).message}); retrying in ${SETTINGS_RETRY_MS / 1000} s`);
      this.retry = setTimeout(() => void this.applyAllSettings(), SETTINGS_RETRY_MS);
      this.retry.unref();
    }
  }
}
