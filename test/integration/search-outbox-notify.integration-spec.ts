import type { Meilisearch } from 'meilisearch';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { createNotesTable, NotesIndexModule, writeNotes } from '../fixtures/notes-index.module';
import { outboxDrained } from '../utils/search';
import { useTestApp } from '../utils/test-app';

/** Worker wake-up: a committed outbox row NOTIFYs the worker, which then needs no poll tick. */
describe('search outbox worker: woken when changes commit', () => {
  // An hour between polls: within this test only the notification can bring the worker round.
  const t = useTestApp({ imports: [NotesIndexModule], env: { SEARCH_WORKER_POLL_MS: '3600000' } });
  let meili: Meilisearch;

  beforeAll(async () => {
    await createNotesTable(t);
    meili = createMeilisearchClient(t.config.meiliUrl, t.config.meiliMasterKey);
  });

  it('a change committed while the worker sleeps reaches the index long before its next poll', async () => {
    for (const [id, text] of [
      ['w1', 'Zerspanungsmechaniker in Plauen'],
      ['w2', 'Zerspanungsmechanikerin in Zittau'],
    ]) {
      await writeNotes(t, [{ id, text }]);
      await outboxDrained(t, 'notes', 20_000);
    }
    const hits = await meili.index(`${t.config.meiliIndexPrefix}notes`).search('Zerspanungsmechaniker', { limit: 10 });
    expect(hits.hits.map((h) => h.id).sort()).toEqual(['w1', 'w2']);
  });
});
