import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Hook } from './hook';

/** Finds the handlers of a hook among the app's providers (once per hook, then cached). */
@Injectable()
export class HookRegistry {
  private readonly found = new Map<symbol, object[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  handlersOf<Handler extends object>(hook: Hook<Handler>): Handler[] {
    let handlers = this.found.get(hook.metadataKey);
    if (!handlers) {
      handlers = this.discovery
        .getProviders()
        .filter(({ instance, metatype }) => instance && metatype && this.reflector.get(hook.metadataKey, metatype))
        .map(({ instance }) => instance as object);
      this.found.set(hook.metadataKey, handlers);
    }
    return handlers as Handler[];
  }
}
