/**
 * Issue 3, item 4: how should candidate and offer indexes find "Softwareentwickler"
 * when a document says "software developer"? Two ways, measured on the same data:
 *  A. labels: each document carries the labels of its concepts in all four languages as searchable text;
 *  B. synonyms: documents carry only their own words; Meilisearch synonyms generated from the labels.
 * For 1,000 occupation documents (English title only) we query with the concept's
 * German, Polish and Czech labels and count how often the right document is in the top 5.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '../src/config/environment';
import { dataSourceOptions } from '../src/infrastructure/database/data-source-options';
import { runMigrations } from '../src/infrastructure/database/run-migrations';
import { startServers } from '../src/infrastructure/embedded/embedded-stack';
import { createMeilisearchClient } from '../src/search/meilisearch.client';
import { TaxonomyImportRepository } from '../src/taxonomy/taxonomy-import.repository';
import { TaxonomyImporterService } from '../src/taxonomy/taxonomy-importer.service';

const DOCS = 1_000;

export async function measureSynonymStrategies(): Promise<string[][]> {
  const dir = await mkdtemp(join(tmpdir(), 'tb-bench-synonyms-'));
  const running = await startServers(validateEnvironment({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  const dataSource = await new DataSource(dataSourceOptions(running.servers.databaseUrl)).initialize();
  try {
    await runMigrations(running.servers.databaseUrl);
    await new TaxonomyImporterService(new TaxonomyImportRepository(dataSource)).importAll();
    const rows: { uri: string; lang: string; label: string; preferred: boolean }[] = await dataSource.query(
      `SELECT DISTINCT concept_uri AS uri, lang, label, preferred FROM esco_labels
        WHERE concept_uri IN (SELECT uri FROM esco_occupations ORDER BY md5(uri) LIMIT $1) ORDER BY 1, 2, 3`,
      [DOCS],
    );
    const concepts = new Map<string, { en: string; labels: string[]; queries: string[] }>();
    for (const r of rows) {
      const c = concepts.get(r.uri) ?? { en: '', labels: [], queries: [] };
      if (r.lang === 'en' && r.preferred) c.en = r.label;
      c.labels.push(r.label);
      if (r.preferred && r.lang !== 'en') c.queries.push(r.label.split('/')[0]);
      concepts.set(r.uri, c);
    }
    const docs = [...concepts.entries()].map(([uri, c], i) => ({ id: i, uri, title: c.en, labels: [...new Set(c.labels)] }));
    const meili = createMeilisearchClient(running.servers.meiliUrl, running.servers.meiliMasterKey);

    const results: string[][] = [];
    for (const strategy of ['labels', 'synonyms'] as const) {
      const index = meili.index(`bench_${strategy}`);
      const started = Date.now();
      await meili.createIndex(index.uid, { primaryKey: 'id' }).waitTask();
      if (strategy === 'labels') {
        await index.updateSettings({ searchableAttributes: ['title', 'labels'] }).waitTask({ timeout: 600_000 });
        await index.addDocuments(docs).waitTask({ timeout: 600_000 });
      } else {
        const synonyms: Record<string, string[]> = {};
        for (const d of docs)
          for (const l of d.labels) synonyms[l.toLowerCase()] = [...new Set([...(synonyms[l.toLowerCase()] ?? []), d.title.toLowerCase()])];
        await index.updateSettings({ searchableAttributes: ['title'], synonyms }).waitTask({ timeout: 600_000 });
        await index.addDocuments(docs.map(({ labels: _l, ...d }) => d)).waitTask({ timeout: 600_000 });
      }
      const indexMs = Date.now() - started;
      let asked = 0;
      let found = 0;
      const latencies: number[] = [];
      for (const d of docs.slice(0, 500)) {
        for (const q of concepts.get(d.uri)!.queries) {
          const t0 = process.hrtime.bigint();
          const res = await index.search(q, { limit: 5, attributesToRetrieve: ['uri'] });
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          asked++;
          if (res.hits.some((h) => h.uri === d.uri)) found++;
        }
      }
      latencies.sort((a, b) => a - b);
      results.push([
        strategy,
        String(docs.length),
        `${indexMs} ms`,
        `${((100 * found) / asked).toFixed(1)} % of ${asked}`,
        `${latencies[Math.floor(latencies.length / 2)].toFixed(2)} ms`,
        `${latencies[Math.floor(latencies.length * 0.95)].toFixed(2)} ms`,
      ]);
    }
    return results;
  } finally {
    await dataSource.destroy();
    await running.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void measureSynonymStrategies().then((rows) => {
    console.log('| strategy | documents | settings + indexing | right document in top 5 (de/pl/cs queries) | median search | p95 search |');
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  });
}
