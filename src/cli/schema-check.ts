import { pendingSchemaChanges, runMigrations } from '../infrastructure/database/run-migrations';
import { withDatabase } from './with-database';

/** CI check (like `typeorm migration:generate --check`): migrations must produce exactly what the entities describe. */
void withDatabase(async (url) => {
  await runMigrations(url);
  const drift = await pendingSchemaChanges(url);
  if (drift.length) {
    console.error(`Entities and migrations disagree; a migration is missing for:\n${drift.join(';\n')}`);
    process.exitCode = 1;
    return;
  }
  console.log('Schema check: entities and migrations agree');
});
