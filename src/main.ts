import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { buildAppConfig } from './config/app-config';
import { ConfigurationError, validateEnvironment } from './config/environment';
import { drainHttpServer } from './common/http/drain-http-server';
import { configureApp } from './configure-app';
import { DataDirInUseError } from './infrastructure/embedded/data-dir-lock';
import { startServers } from './infrastructure/embedded/embedded-stack';
import { runMigrations } from './infrastructure/database/run-migrations';

async function bootstrap(): Promise<void> {
  // Fail fast, before any server is started, with one line naming the wrong setting.
  const env = validateEnvironment(process.env);
  const running = await startServers(env);
  let app: NestExpressApplication | undefined;
  let stopping: Promise<void> | undefined;
  // Ordered shutdown: stop taking requests and finish workers, then search, then the database.
  const shutdown = (reason: string, exitCode: number) => {
    stopping ??= (async () => {
      console.error(`Shutting down (${reason})`);
      if (app) {
        // No new connections from here on; requests being served get SHUTDOWN_DRAIN_MS to finish.
        const drained = await drainHttpServer(app.getHttpServer(), env.SHUTDOWN_DRAIN_MS).catch((e) => {
          console.error('Error while draining HTTP connections', e);
          return 'cut' as const;
        });
        if (drained === 'cut') console.error(`Requests still open after ${env.SHUTDOWN_DRAIN_MS} ms were cut off`);
      }
      await app?.close().catch((e) => console.error('Error while closing the app', e));
      await running.stop().catch((e) => console.error('Error while stopping embedded servers', e));
      process.exit(exitCode);
    })();
    return stopping;
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.once('SIGHUP', () => void shutdown('SIGHUP', 0));
  try {
    const config = buildAppConfig(env, running.servers);
    const applied = await runMigrations(config.databaseUrl);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
    configureApp(app);
    await app.listen(config.port, config.host);
    console.log(`TalentBridge Sachsen listening on ${await app.getUrl()} (API docs: /docs)`);
  } catch (error) {
    console.error(error);
    await shutdown('start-up failed', 1);
  }
}

bootstrap().catch((error) => {
  console.error(error instanceof ConfigurationError || error instanceof DataDirInUseError ? error.message : error);
  process.exit(1);
});
