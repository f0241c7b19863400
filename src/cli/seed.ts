import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { buildAppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { runMigrations } from '../infrastructure/database/run-migrations';
import { startServers } from '../infrastructure/embedded/embedded-stack';
import { seedDemo } from './seed/seed-demo';

/**
 * `npm run seed [-- --force]`: fills a realistic multilingual demo (employers,
 * job offers, candidates) through the app's services and rebuilds the search
 * indexes. Uses DATABASE_URL/MEILI_URL when set, otherwise starts the embedded
 * servers from DATA_DIR — then the app must not run on the same DATA_DIR at the
 * same time. A second run says "already seeded" (`--force` replaces the seed).
 */
async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const env = validateEnvironment(process.env);
  const running = await startServers(env);
  try {
    const config = buildAppConfig(env, running.servers);
    await runMigrations(config.databaseUrl);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, searchWorkerEnabled: false }), {
      logger: ['error', 'warn'],
    });
    try {
      const started = Date.now();
      const result = await seedDemo(app, {
        force,
        staff: config.staffAccount ?? undefined,
        log: (line) => console.log(`seed: ${line}`),
      });
      if (result.alreadySeeded) {
        console.log('Already seeded (seed-employer-01@talentbridge.example exists); nothing changed. Use `npm run seed -- --force` to seed again.');
        return;
      }
      console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; search indexes rebuilt.`);
      console.log('\nDemo log-ins (DEMO ONLY — seed passwords, never use this seed on a real installation):');
      for (const login of result.logins) console.log(`  ${login.role.padEnd(9)} ${login.email.padEnd(42)} ${login.password}`);
    } finally {
      await app.close();
    }
  } finally {
    await running.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
