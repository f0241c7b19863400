import 'reflect-metadata';
import type { INestApplicationContext, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { type AppConfig, buildAppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { runMigrations } from '../infrastructure/database/run-migrations';
import { startServers } from '../infrastructure/embedded/embedded-stack';

/**
 * Runs a command-line task inside the whole app (no HTTP, no search or mail worker; mail written
 * meanwhile waits in the outbox for the app):
 * against DATABASE_URL/MEILI_URL when set, otherwise against the embedded
 * servers under DATA_DIR, started and stopped here — so the app must not run on
 * the same DATA_DIR meanwhile. Migrations run first; a failure sets exit code 1.
 */
export function runWithAppContext(
  task: (app: INestApplicationContext, config: AppConfig) => Promise<void>,
  logger: LogLevel[] = ['error', 'warn', 'log'],
): void {
  const run = async () => {
    const env = validateEnvironment(process.env);
    const running = await startServers(env);
    try {
      const config = buildAppConfig(env, running.servers);
      await runMigrations(config.databaseUrl);
      const app = await NestFactory.createApplicationContext(
        AppModule.forRoot({ ...config, searchWorkerEnabled: false, mail: { ...config.mail, workerEnabled: false } }),
        { logger },
      );
      try {
        await task(app, config);
      } finally {
        await app.close();
      }
    } finally {
      await running.stop();
    }
  };
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
