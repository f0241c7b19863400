import { Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/project-root';
import { createWebAppHandler } from './web-app.handler';

export const WEB_DIST_DIR = Symbol('WEB_DIST_DIR');

/**
 * The web app (web/, built into web/dist) at `/`, from the same process as the API. The handler is
 * mounted in onModuleInit, which Nest runs after registering the API routes and before its 404
 * handler: API paths never reach it, and unknown API paths keep their JSON 404.
 */
@Module({
  providers: [{ provide: WEB_DIST_DIR, useFactory: () => join(projectRoot(), 'web', 'dist') }],
})
export class WebModule implements OnModuleInit {
  private readonly logger = new Logger(WebModule.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_DIST_DIR) private readonly distDir: string,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    // An application context (CLI tasks) has no HTTP server.
    if (!adapter) return;
    if (!existsSync(join(this.distDir, 'index.html'))) {
      this.logger.warn(`No web app build in ${this.distDir}: / answers 404 until \`npm run build\` has run`);
    }
    adapter.use(createWebAppHandler(this.distDir));
  }
}
