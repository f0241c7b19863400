import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { HookRegistry } from './hook.registry';

/** Import this where a feature calls the handlers of a hook it declares. */
@Module({
  imports: [DiscoveryModule],
  providers: [HookRegistry],
  exports: [HookRegistry],
})
export class HooksModule {}
