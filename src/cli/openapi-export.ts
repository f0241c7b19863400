import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppModule } from '../app.module';
import { buildAppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { applyRoutePrefix } from '../configure-app';
import { createOpenApiDocument } from '../openapi-document';

/**
 * Writes the OpenAPI document the app serves at /docs-json to a file
 * (default dist/openapi.json), without any server: the app module graph is
 * built in preview mode, so no provider runs (no database, no search, no
 * connection is attempted); the placeholder addresses below are never used.
 *
 *   node dist/src/cli/openapi-export.js [file]
 */
async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'dist/openapi.json');
  const env = validateEnvironment({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const config = buildAppConfig(env, {
    databaseUrl: 'postgres://unused:unused@127.0.0.1:1/unused',
    meiliUrl: 'http://127.0.0.1:1',
    meiliMasterKey: 'unused-in-preview-mode',
    jwtSecret: 'unused-in-preview-mode-unused-in-preview-mode',
  });
  const app = await NestFactory.create(AppModule.forRoot({ ...config, searchWorkerEnabled: false }), { preview: true, logger: false });
  try {
    applyRoutePrefix(app);
    const document = createOpenApiDocument(app);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
    console.log(`OpenAPI document written to ${target}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
