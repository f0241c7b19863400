import { SearchVerifierService } from '../search/indexing/search-verifier.service';
import { runWithAppContext } from './with-app-context';

/**
 * `npm run search:verify [name…]`: compares every search index (or the named
 * ones) with PostgreSQL by id and prints, per index, the counts and the ids
 * missing from the index or in it unexpectedly. Exit code 1 when any differs
 * (repair with `npm run search:reindex`). Changes nothing. With the embedded
 * servers, stop the app first (or use GET /api/v1/search/verify as staff).
 */
runWithAppContext(async (app) => {
  const names = process.argv.slice(2);
  const results = await app.get(SearchVerifierService).verify(names.length ? names : undefined);
  for (const [name, r] of Object.entries(results)) {
    const head = `${name}: ${r.inSync ? 'in sync' : 'DIFFERS'} (PostgreSQL ${r.expectedCount}, index ${r.indexedCount}, missing ${r.missingCount}, unexpected ${r.unexpectedCount})`;
    console.log(head);
    if (r.missing.length) console.log(`  missing: ${r.missing.join(' ')}`);
    if (r.unexpected.length) console.log(`  unexpected: ${r.unexpected.join(' ')}`);
  }
  console.log(`Verified: ${JSON.stringify(results)}`);
  if (Object.values(results).some((r) => !r.inSync)) process.exitCode = 1;
});
