import { TaxonomyService } from '../../src/taxonomy/taxonomy.service';
import { createTestApp, TestApp } from '../utils/test-app';

// Labels taken from the shipped data (data/esco/occupations.csv.gz), for ESCO's "software developer".
const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';
const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

describe('taxonomy: resolution and autocomplete', () => {
  let t: TestApp;
  let taxonomy: TaxonomyService;
  beforeAll(async () => {
    t = await createTestApp();
    taxonomy = t.app.get(TaxonomyService);
  });
  afterAll(() => t.close());

  it('resolves German (with gender forms), English, Polish and Czech labels to the same concept', async () => {
    const inputs = ['Softwareentwickler/in (m/w/d)', 'Softwareentwicklerin', 'software developer', 'SOFTWARE DEVELOPER', 'programista', 'softwarový vývojář', 'softwarova vyvojarka'];
    const resolved = await taxonomy.resolve('occupation', inputs);
    expect(resolved.map((r) => r.escoUri)).toEqual(inputs.map(() => SOFTWARE_DEVELOPER));
    expect(resolved[0]).toEqual({ escoUri: SOFTWARE_DEVELOPER, label: 'software developer', lang: 'en' });
  });

  it('shows the label in the asked language, falling back to English and saying so', async () => {
    const [de] = await taxonomy.resolve('occupation', ['programista'], 'de');
    expect(de).toEqual({ escoUri: SOFTWARE_DEVELOPER, label: 'Softwareentwickler/Softwareentwicklerin', lang: 'de' });
    const [cs] = await taxonomy.resolve('skill', ['Python'], 'cs'); // the extract has no Czech skill labels
    expect(cs).toEqual({ escoUri: PYTHON, label: 'Python (computer programming)', lang: 'en' });
  });

  it('resolves an ESCO URI, and a typo ("pyhton") still finds Python', async () => {
    const [byUri, typo] = await taxonomy.resolve('skill', [PYTHON, 'pyhton']);
    expect(byUri.escoUri).toBe(PYTHON);
    expect(typo.escoUri).toBe(PYTHON);
  });

  it('keeps an unknown skill as free text, never dropping or rejecting it', async () => {
    const resolved = await taxonomy.resolve('skill', ['Python', 'Quantenknödel-Zubereitung nach Omas Art', 'Python']);
    expect(resolved).toHaveLength(3);
    expect(resolved[1]).toEqual({ escoUri: null, label: 'Quantenknödel-Zubereitung nach Omas Art', lang: null });
  });

  it('autocompletes occupations from a real Meilisearch in every language, with the matched label', async () => {
    for (const q of ['softwareentwickler', 'software develop', 'twórca oprogramowania', 'softwarový vývoj']) {
      const res = await t.http().get('/api/v1/taxonomy/occupations').query({ q, lang: 'de' }).expect(200);
      const hit = res.body.items.find((i: { escoUri: string }) => i.escoUri === SOFTWARE_DEVELOPER);
      expect(hit).toMatchObject({ label: 'Softwareentwickler/Softwareentwicklerin', lang: 'de', matchedLabel: expect.any(String) });
    }
  });

  it('autocompletes skills with a typo, labels falling back to English', async () => {
    const res = await t.http().get('/api/v1/taxonomy/skills').query({ q: 'pyhton', lang: 'cs' }).expect(200);
    expect(res.body.items[0]).toMatchObject({ escoUri: PYTHON, label: 'Python (computer programming)', lang: 'en' });
  });

  it('lists the essential and optional skills of an occupation', async () => {
    const id = SOFTWARE_DEVELOPER.split('/').pop();
    const res = await t.http().get(`/api/v1/taxonomy/occupations/${id}/skills`).query({ lang: 'en' }).expect(200);
    expect(res.body.occupation).toMatchObject({ escoUri: SOFTWARE_DEVELOPER, label: 'software developer' });
    expect(res.body.essential.length).toBeGreaterThan(5);
    expect(res.body.optional.map((s: { label: string }) => s.label)).toContain('Python (computer programming)');
    const [row] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM esco_occupation_skills WHERE occupation_uri = $1`, [SOFTWARE_DEVELOPER]);
    expect(res.body.essential.length + res.body.optional.length).toBe(row.n);
  });

  it('answers 404 for an unknown occupation and 400 for an unsupported language', async () => {
    const unknown = await t.http().get('/api/v1/taxonomy/occupations/00000000-0000-0000-0000-000000000000/skills').expect(404);
    const malformed = await t.http().get('/api/v1/taxonomy/occupations/not-an-id/skills').expect(404);
    expect([unknown.body.code, malformed.body.code]).toEqual(['occupation.not_found', 'occupation.not_found']);
    const res = await t.http().get('/api/v1/taxonomy/skills').query({ q: 'python', lang: 'xx' }).expect(400);
    expect(res.body.message).toEqual([expect.stringContaining('lang')]);
  });
});
