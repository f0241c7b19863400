import { type BenchContext, thousands } from '../bench-context';
import { measureIndexBuild } from './search-baselines';

/**
 * Target 4 for one index: the full reindex (SearchReindexerService.reindex: PostgreSQL read, mapping, Meilisearch)
 * against raw addDocuments of the same documents into a scratch index with the same settings. Keeps the candidate
 * documents at the largest size ≤ 30,000 for the indexing-memory comparison.
 */
export async function reindex(ctx: BenchContext, name: 'candidates' | 'job_offers'): Promise<void> {
  const build = await measureIndexBuild(ctx.stack, name, ctx.options.smoke ? 500 : 30_000);
  if (name === 'candidates' && (build.documents <= 30_000 || !ctx.boundSample))
    ctx.boundSample = { docs: build.docs, settings: build.settings };
  const ratio = build.appDocsPerSecond / build.rawDocsPerSecond;
  ctx.rows.push({
    target: '4 · full reindex `SearchReindexerService.reindex`',
    figure: `${name} index, docs/s`,
    data: `${thousands(build.documents)} documents`,
    unit: 'docs/s',
    app: build.appDocsPerSecond,
    meili: build.rawDocsPerSecond,
    goal: { text: '≥ 0.8× raw addDocuments', met: ratio >= 0.8 },
    note: `raw: addDocuments of ${thousands(build.rawDocuments)} of the same documents, batches of 1,000, same settings`,
  });
}
