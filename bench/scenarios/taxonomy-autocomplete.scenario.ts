import type { BenchStack } from '../bench-stack';
import { getJson, time } from '../measure';
import type { Scenario, ScenarioResult } from './scenario';

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

/** GET /taxonomy/skills?q= against the same Meilisearch search and a PostgreSQL prefix lookup. */
export const taxonomyAutocomplete: Scenario = {
  name: 'taxonomy autocomplete',
  async run(stack: BenchStack): Promise<ScenarioResult[]> {
    const inputs = Array.from({ length: 300 }, (_, i) => QUERIES[i % QUERIES.length]);
    const uid = `${stack.config.meiliIndexPrefix}taxonomy`;
    const app = await time(inputs, (q) => getJson(`${stack.baseUrl}/api/v1/taxonomy/skills?q=${encodeURIComponent(q)}&lang=de`));
    const rawMeili = await time(inputs, (q) => stack.meili.index(uid).search(q, { filter: 'kind = "skill"', limit: 40 }));
    const rawPostgres = await time(inputs, (q) =>
      stack.pg.query(`SELECT DISTINCT concept_uri FROM esco_labels WHERE kind = 'skill' AND normalized LIKE $1 LIMIT 10`, [
        `${q.toLowerCase()}%`,
      ]),
    );
    return [
      {
        scenario: 'autocomplete `GET /taxonomy/skills?q=`',
        data: '40,332 label docs',
        app,
        rawMeili,
        rawPostgres,
        note: 'PostgreSQL: prefix LIKE, no typo tolerance',
      },
    ];
  },
};
