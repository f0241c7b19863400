import { SetMetadata } from '@nestjs/common';

/**
 * An extension point. A lower feature declares a hook and the interface its
 * handlers implement; a higher feature marks a provider with `@hook.handler()`.
 * The lower feature calls every handler through HookRegistry without importing
 * the higher one, so a folder never has to reach up the stack to keep another
 * feature's rows consistent. Handlers that take an EntityManager run in the
 * caller's transaction: the change and its consequences commit together.
 */
export class Hook<Handler extends object> {
  readonly metadataKey: symbol;

  constructor(readonly name: string) {
    this.metadataKey = Symbol(`hook:${name}`);
  }

  /** Marks a provider as a handler of this hook (discovered at start-up). */
  handler(): ClassDecorator {
    return SetMetadata(this.metadataKey, true);
  }

  /** Type-only link between the hook and its handler interface. */
  declare readonly handlerType?: Handler;
}
