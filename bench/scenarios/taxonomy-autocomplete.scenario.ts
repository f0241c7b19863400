import { SearchEngineService } from '../../src/search/search-engine.service';
import type { BenchContext } from '../bench-context';
import { time } from '../measure';

const QUERIES = [
  'python',
  'pyhton',
  'Softwareentw',
  'programista',
  'zdravotní sestra',
  'Pflegefach',
  'welder',
  'Elektron',
  'księgow',
  'mechanik',
];

/** Context row for target 3: `GET /taxonomy/skills?q=` against the same Meilisearch search and a PostgreSQL prefix lookup. */
export async function taxonomyAutocomplete(ctx: BenchContext): Promise<void> {
  const { stack } = ctx;
  const inputs = Array.from({ length: ctx.options.smoke ? 20 : 300 }, (_, i) => QUERIES[i % QUERIES.length]);
  const uid = stack.app.get(SearchEngineService, { strict: false }).uid('taxonomy');
  const get = async (q: string) => {
    const res = await fetch(`${stack.appUrl}/api/v1/taxonomy/skills?q=${encodeURIComponent(q)}&lang=de`);
    if (!res.ok) throw new Error(`taxonomy → ${res.status}`);
    return res.json();
  };
  const app = await time(inputs, get);
  const meili = await time(inputs, (q) => stack.meili.index(uid).search(q, { filter: 'kind = "skill"', limit: 40 }));
  const pg = await time(inputs, (q) =>
    stack.pg.query(`SELECT DISTINCT concept_uri FROM esco_labels WHERE kind = 'skill' AND normalized LIKE $1 LIMIT 10`, [
      `${q.toLowerCase()}%`,
    ]),
  );
  const base = { target: '3 · autocomplete `GET /taxonomy/skills?q=` (context)', data: 'ESCO skill labels', unit: 'ms' as const };
  ctx.rows.push(
    { ...base, figure: 'p50, concurrency 1', app: app.p50, meili: meili.p50, pgPlain: pg.p50 },
    {
      ...base,
      figure: 'p95, concurrency 1',
      app: app.p95,
      meili: meili.p95,
      pgPlain: pg.p95,
      note: 'PostgreSQL: prefix LIKE on the normalised label (its btree), no typo tolerance',
    },
  );
}
