import { PYTHON, SOFTWARE_DEVELOPER } from '../factories/esco';
import { useTestApp } from '../utils/test-app';

/** The taxonomy routes; resolution itself (TaxonomyService) is in test/integration/taxonomy.integration-spec.ts. */
describe('taxonomy: autocomplete and occupation skills', () => {
  const t = useTestApp();

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
    const [row] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM esco_occupation_skills WHERE occupation_uri = $1`, [
      SOFTWARE_DEVELOPER,
    ]);
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
