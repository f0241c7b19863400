import { seedDemo } from './seed/seed-demo';
import { runWithAppContext } from './with-app-context';

/**
 * `npm run seed [-- --force]`: fills a realistic multilingual demo (employers,
 * job offers, candidates) through the app's services and rebuilds the search
 * indexes. Uses DATABASE_URL/MEILI_URL when set, otherwise starts the embedded
 * servers from DATA_DIR — then the app must not run on the same DATA_DIR at the
 * same time. A second run says "already seeded" (`--force` replaces the seed).
 */
runWithAppContext(
  async (app, config) => {
    const force = process.argv.includes('--force');
    const started = Date.now();
    const result = await seedDemo(app, {
      force,
      staff: config.staffAccount ?? undefined,
      log: (line) => console.log(`seed: ${line}`),
    });
    if (result.alreadySeeded) {
      console.log(
        'Already seeded (seed-employer-01@talentbridge.example exists); nothing changed. Use `npm run seed -- --force` to seed again.',
      );
      return;
    }
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s; search indexes rebuilt.`);
    console.log('\nDemo log-ins (DEMO ONLY — seed passwords, never use this seed on a real installation):');
    for (const login of result.logins) console.log(`  ${login.role.padEnd(9)} ${login.email.padEnd(42)} ${login.password}`);
  },
  ['error', 'warn'],
);
