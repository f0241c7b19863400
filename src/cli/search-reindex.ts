import { SearchReindexerService } from '../search/indexing/search-reindexer.service';
import { runWithAppContext } from './with-app-context';

/**
 * `npm run search:reindex [name…]`: rebuilds every search index (or the named
 * ones) from PostgreSQL into a fresh index and swaps it in. Against external
 * servers it can run while the app serves traffic; with the embedded servers,
 * stop the app first (or use POST /api/v1/search/reindex as staff).
 */
runWithAppContext(async (app) => {
  const names = process.argv.slice(2);
  const counts = await app.get(SearchReindexerService).reindex(names.length ? names : undefined);
  console.log(`Reindexed: ${JSON.stringify(counts)}`);
});
