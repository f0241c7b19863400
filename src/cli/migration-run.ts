import { runMigrations } from '../infrastructure/database/run-migrations';
import { withDatabase } from './with-database';

void withDatabase(async (url) => {
  const applied = await runMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date');
});
