import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppModule } from '../app.module';
import { buildAppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { applyGlobalPrefix, buildOpenApiDocument } from '../configure-app';
import { projectRoot } from '../common/project-root';

/**
 * `npm run openapi:export [file]`: writes the OpenAPI document (the one /docs-json serves) to a file,
 * dist/openapi.json by default, without starting any server: the app is built in preview mode, which
 * reads the module graph and the DTO metadata but instantiates no provider (no database, no search).
 * The web app's typed client is generated from this file.
 */
async function exportOpenApi(target: string): Promise<void> {
  // Placeholders only: in preview mode nothing connects, but the module graph takes a configuration.
  const env = validateEnvironment({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const config = buildAppConfig(env, {
    databaseUrl: 'postgres://preview:preview@127.0.0.1:1/preview',
    meiliUrl: 'http://127.0.0.1:1',
    meiliMasterKey: 'preview-master-key-unused',
    jwtSecret: 'preview-jwt-secret-that-is-never-used-0123',
  });
  const app = await NestFactory.create(AppModule.forRoot({ ...config, searchWorkerEnabled: false }), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    applyGlobalPrefix(app);
    const document = buildOpenApiDocument(app);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(document, null, 2) + '\n');
    console.log(`OpenAPI document written to ${target} (${Object.keys(document.paths).length} paths)`);
  } finally {
    await app.close();
  }
}

exportOpenApi(resolve(process.argv[2] ?? `${projectRoot()}/dist/openapi.json`)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
