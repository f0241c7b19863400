import type { Meilisearch } from 'meilisearch';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { createNotesTable, NotesIndexModule, writeNotes } from '../fixtures/notes-index.module';
import { outboxDrained } from '../utils/search';
import { useTestApp } from '../utils/test-app';

/** POST /search/reindex (staff): a full rebuild of every index, swapped in without search ever going empty. */
describe('search reindex route', () => {
  const t = useTestApp({ imports: [NotesIndexModule], staff: true });
  let meili: Meilisearch;
  const uid = () => `${t.config.meiliIndexPrefix}notes`;
  const find = async (q: string) => (await meili.index(uid()).search(q, { limit: 100 })).hits.map((h) => h.id as string);

  beforeAll(async () => {
    await createNotesTable(t);
    meili = createMeilisearchClient(t.config.meiliUrl, t.config.meiliMasterKey);
    // A public row Meilisearch refuses ("bad id!" is not a valid document id), without an outbox row:
    // only the rebuild meets it (the pipeline's own spec covers how the worker isolates it).
    await t.sql(`INSERT INTO test_notes (id, text) VALUES ('bad id!', 'Elektroniker bad id!')`);
  });

  it('reindex builds a fresh index and swaps it in: search never answers empty, and a change made meanwhile is kept', async () => {
    const notes = Array.from({ length: 3_000 }, (_, i) => ({ id: `bulk${i}`, text: `Mechatroniker Stelle ${i}`, tag: 'bulk' }));
    for (let i = 0; i < notes.length; i += 1_000) await writeNotes(t, notes.slice(i, i + 1_000));
    await outboxDrained(t, 'notes');

    let done = false;
    const reindex = t
      .http()
      .post('/api/v1/search/reindex')
      .set(t.staff.auth)
      .then((res) => {
        done = true;
        return res;
      });
    const totals: number[] = [];
    let wroteDuring = false;
    while (!done) {
      const res = await meili.index(uid()).search('Mechatroniker', { filter: 'tag = "bulk"', hitsPerPage: 1, page: 1 });
      totals.push(res.totalHits ?? 0);
      const rebuilding = await t.sql(`SELECT 1 FROM search_rebuilds WHERE resource = 'notes'`);
      if (rebuilding.length && !wroteDuring) {
        wroteDuring = true;
        await writeNotes(t, [{ id: 'during', text: 'Mechatroniker während des Umbaus', tag: 'bulk' }]);
      }
    }
    const res = await reindex;
    expect(res.status).toBe(200);
    // Every public row, minus the one Meilisearch refuses (recorded again, not fatal).
    expect(res.body.indexes.notes).toMatchObject({ rejected: 1 });
    expect(res.body.indexes.notes.documents).toBeGreaterThanOrEqual(3_000);
    expect(totals.length).toBeGreaterThan(0);
    expect(Math.min(...totals)).toBeGreaterThanOrEqual(3_000);
    expect(wroteDuring).toBe(true);
    await outboxDrained(t, 'notes');
    expect(await find('während')).toEqual(['during']);
    const { results } = await meili.getIndexes({ limit: 1000 });
    expect(results.map((i) => i.uid).filter((u) => u.startsWith(uid()))).toEqual([uid()]);
  });

  it('reindex is for staff only', async () => {
    const res = await t.http().post('/api/v1/search/reindex');
    expect(res.status).toBe(401);
  });
});
