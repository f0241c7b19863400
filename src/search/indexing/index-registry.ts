import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { SearchEngineService } from '../search-engine.service';
import { INDEXED_RESOURCE, IndexedResource } from './indexed-resource';

const SETTINGS_RETRY_MS = 5_000;

/**
 * Knows every IndexedResource of the app (discovered by the @SearchIndexed
 * marker) and makes sure each index exists with the settings declared in code
 * before anything is written to it. Settings are applied at start-up; when
 * Meilisearch is down then, on first use or by the background retry.
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

  /** Resolves once the index exists with its declared settings (cached; retried after a failure). */
  ensureReady(resource: string): Promise<void> {
    let pending = this.ready.get(resource);
    if (!pending) {
      pending = this.engine.ensureIndex(this.get(resource).definition);
      this.ready.set(resource, pending);
      pending.catch(() => this.ready.delete(resource));
    }
    return pending;
  }

  private async applyAllSettings(): Promise<void> {
    try {
      await Promise.all(this.all().map((r) => this.ensureReady(r.definition.name)));
    } catch (error) {
      this.logger.warn(`Index settings not applied (${(error as Error).message}); retrying in ${SETTINGS_RETRY_MS / 1000} s`);
      this.retry = setTimeout(() => void this.applyAllSettings(), SETTINGS_RETRY_MS);
      this.retry.unref();
    }
  }
}
