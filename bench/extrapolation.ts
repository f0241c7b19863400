import type { GrowthPoint } from './bench-context';

const MILLION = 1_000_000;
const gb = (mb: number) => (Number.isFinite(mb) ? `${(mb / 1024).toFixed(1)} GB` : '–');
const msText = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '–');

/** A straight line through the first and last measured point, read at 1,000,000 (NaN with one point). */
function at1M(points: GrowthPoint[], key: keyof GrowthPoint): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !Number.isFinite(last[key]) || last.candidates === first.candidates) return Number.NaN;
  const slope = (last[key] - first[key]) / (last.candidates - first.candidates);
  return last[key] + slope * (MILLION - last.candidates);
}

/** The growth table and what 1,000,000 candidates would cost and need, from this run's measurements. */
export function renderGrowth(points: GrowthPoint[]): string {
  if (!points.length) return '';
  const rows = points.map(
    (p) =>
      `| ${p.candidates.toLocaleString('en')} | ${msText(p.matchesP95)} | ${msText(p.matchesP95Conc8)} | ${p.meiliRssMb.toFixed(0)} MB | ${p.meiliDiskMb.toFixed(0)} MB | ${p.postgresDiskMb.toFixed(0)} MB |`,
  );
  const first = points[0];
  const last = points[points.length - 1];
  const growth = first.matchesP95 > 0 ? last.matchesP95 / first.matchesP95 : Number.NaN;
  const disk = at1M(points, 'meiliDiskMb');
  const rss = at1M(points, 'meiliRssMb');
  const pg = at1M(points, 'postgresDiskMb');
  const p95 = at1M(points, 'matchesP95');
  return [
    '## Growth',
    '',
    '| candidates | matches p95, conc 1 | matches p95, conc 8 | Meilisearch RSS after reindex | Meilisearch on disk | PostgreSQL on disk |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    points.length > 1
      ? `From ${first.candidates.toLocaleString('en')} to ${last.candidates.toLocaleString('en')} candidates (${(last.candidates / first.candidates).toFixed(1)}× the data) the matches p95 grew ${growth.toFixed(2)}× (target: ≤ 2× from 10k to 100k).`
      : 'One size only: no growth ratio.',
    '',
    '## 1,000,000 candidates, on paper',
    '',
    `A straight line through the smallest and largest measured size, read at 1,000,000 candidates — an estimate, not a measurement${points.length > 1 ? '' : ' (needs two sizes: –)'}:`,
    '',
    `- Meilisearch on disk: about ${gb(disk)}; resident after a reindex: about ${gb(rss)} with the default indexing memory.`,
    `- PostgreSQL database: about ${gb(pg)}.`,
    `- \`GET /job-offers/:id/matches\` p95 at concurrency 1: ${Number.isFinite(p95) ? `about ${msText(p95)} if it keeps growing as it did here` : 'needs two sizes'}. The route reads a bounded number of candidates per tier, so what grows is Meilisearch's filter work over the matching documents (posting lists grow with the data) and the overflow share.`,
    '',
    'What it would need:',
    '',
    `- **RAM for Meilisearch**: it serves from memory-mapped LMDB files; searches stay fast while the hot part of the index (${gb(disk)}) fits in the page cache, so a machine with at least that much free RAM beside the app and PostgreSQL, and \`MEILI_MAX_INDEXING_MEMORY\` set so a reindex does not evict the search pages.`,
    '- **Sharding**: Meilisearch 1.21 (community) does not shard one index by itself. Splitting candidates by region (e.g. per Landkreis or by occupation family) into several indexes or instances and merging with a federated `multiSearch` works for search; for matching the app would merge the per-shard top-k (exact, because every shard returns its own exact top-k of the same scorer).',
    '- **A second instance**: Meilisearch has no replication; a read replica means the outbox worker writes every change to both (the outbox already carries idempotent upserts by id), and the app spreads searches over them. That also halves the query load per instance; it does not shrink the index.',
    '- **PostgreSQL**: the final page re-read and the exact reference stay cheap; the exact reference (every profile scored) grows linearly and stays a test tool, not a route.',
  ].join('\n');
}
