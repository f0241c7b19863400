import type { Meilisearch } from 'meilisearch';
import { setTimeout as sleep } from 'node:timers/promises';
import { IndexRegistry } from '../../src/search/indexing/index-registry';
import { SearchEngineService } from '../../src/search/search-engine.service';
import { settingsDiffer } from '../../src/search/settings-drift';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import { createNotesTable, deleteNotes, NotesIndexModule, writeNotes } from '../fixtures/notes-index.module';
import { outboxDrained } from '../utils/search';
import { useTestApp } from '../utils/test-app';

describe('search indexing pipeline: PostgreSQL outbox → Meilisearch', () => {
  const t = useTestApp({ imports: [NotesIndexModule] });
  let meili: Meilisearch;
  const uid = () => `${t.config.meiliIndexPrefix}notes`;
  const find = async (q: string) => (await meili.index(uid()).search(q, { limit: 100 })).hits.map((h) => h.id as string);

  beforeAll(async () => {
    await createNotesTable(t);
    meili = createMeilisearchClient(t.config.meiliUrl, t.config.meiliMasterKey);
  });

  it('creates each index at start-up with its explicit primary key and the settings declared in code', async () => {
    const index = await meili.getIndex(uid());
    expect(index.primaryKey).toBe('id');
    const settings = await meili.index(uid()).getSettings();
    expect(settings.filterableAttributes).toEqual(['tag']);
    expect(settings.searchableAttributes).toEqual(['text']);
  });

  it('recognises its own settings in what Meilisearch answers, so a restart does not re-process every index', async () => {
    const engine = t.app.get(SearchEngineService);
    for (const resource of t.app.get(IndexRegistry).all()) {
      const { name, settings } = resource.definition;
      const current = await meili.index(engine.uid(name)).getSettings();
      expect({ name, differs: settingsDiffer(settings, current) }).toEqual({ name, differs: false });
    }
    const before = (await meili.tasks.getTasks({ indexUids: [uid()], types: ['settingsUpdate'] })).results.length;
    await engine.ensureIndex(t.app.get(IndexRegistry).get('notes').definition);
    const after = (await meili.tasks.getTasks({ indexUids: [uid()], types: ['settingsUpdate'] })).results.length;
    expect(after).toBe(before);
  });

  it('a committed change reaches the index through the worker, with nothing but the outbox row', async () => {
    await writeNotes(t, [{ id: 'n1', text: 'Krankenpflege in Görlitz' }]);
    await outboxDrained(t, 'notes');
    expect(await find('Krankenpflege')).toEqual(['n1']);
  });

  it('two quick updates of one row end with the newer one in the index', async () => {
    await writeNotes(t, [{ id: 'n2', text: 'first version' }]);
    await writeNotes(t, [{ id: 'n2', text: 'second version' }]);
    await outboxDrained(t, 'notes');
    const doc = await meili.index(uid()).getDocument('n2');
    expect(doc.text).toBe('second version');
  });

  it('a row that no longer belongs in the index (unpublished or deleted) leaves it', async () => {
    await writeNotes(t, [
      { id: 'n3', text: 'Schweißer Chemnitz' },
      { id: 'n4', text: 'Schweißer Zwickau' },
    ]);
    await outboxDrained(t, 'notes');
    expect((await find('Schweißer')).sort()).toEqual(['n3', 'n4']);
    await writeNotes(t, [{ id: 'n3', text: 'Schweißer Chemnitz', public: false }]);
    await deleteNotes(t, ['n4']);
    await outboxDrained(t, 'notes');
    expect(await find('Schweißer')).toEqual([]);
  });

  it('a document Meilisearch refuses is isolated by splitting the batch; the rest is indexed and the failure recorded', async () => {
    const good = ['g1', 'g2', 'g3', 'g4'];
    try {
      // "bad id!" is not a valid Meilisearch document id: the whole batch task fails.
      await writeNotes(
        t,
        [...good.slice(0, 2), 'bad id!', ...good.slice(2)].map((id) => ({ id, text: `Elektroniker ${id}` })),
      );
      const deadline = Date.now() + 30_000;
      let failures: { entity_id: string; reason: string; meili_code: string; gave_up: boolean }[] = [];
      while (!failures.length && Date.now() < deadline) {
        failures = await t.sql(`SELECT entity_id, reason, meili_code, gave_up FROM search_index_failures WHERE resource = 'notes'`);
        if (!failures.length) await sleep(50);
      }
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ entity_id: 'bad id!', meili_code: 'invalid_document_id', gave_up: false });
      expect(failures[0].reason).toContain('bad id!');
      expect((await find('Elektroniker')).sort()).toEqual(good);
      // The bad row stays queued, retried after a back-off counted from the failure; the good ones are done.
      const queued = await t.sql<{ entity_id: string; attempts: number; backoff_ms: number }>(
        `SELECT o.entity_id, o.attempts,
                (extract(epoch FROM o.next_attempt_at - (SELECT max(f.failed_at) FROM search_index_failures f WHERE f.entity_id = o.entity_id)) * 1000)::float8 AS backoff_ms
           FROM search_outbox o WHERE o.resource = 'notes'`,
      );
      expect(queued).toEqual([{ entity_id: 'bad id!', attempts: expect.any(Number), backoff_ms: expect.any(Number) }]);
      expect(queued[0].attempts).toBeGreaterThanOrEqual(1);
      expect(queued[0].backoff_ms).toBeGreaterThanOrEqual(1_900);
    } finally {
      await t.sql(`DELETE FROM search_outbox WHERE resource = 'notes'`);
    }
  });

  it('a filter Meilisearch rejects is an error, never "0 results"', async () => {
    const engine = t.app.get(SearchEngineService);
    await expect(engine.search('notes', '', { filter: 'tag = ' })).rejects.toThrow();
    await expect(engine.search('notes', '', { filter: 'unknownAttribute = "x"' })).rejects.toThrow();
  });
});
