import { TaxonomyImporterService } from '../../src/taxonomy/taxonomy-importer.service';
import { useTestApp } from '../utils/test-app';

const COUNTS = `SELECT (SELECT count(*)::int FROM esco_occupations) AS occupations,
                      (SELECT count(*)::int FROM esco_skills) AS skills,
                      (SELECT count(*)::int FROM esco_labels) AS labels,
                      (SELECT count(*)::int FROM esco_occupation_skills) AS relations,
                      (SELECT count(*)::int FROM isco_groups) AS isco,
                      (SELECT count(*)::int FROM esco_skill_broader) AS broader,
                      (SELECT count(*)::int FROM esco_skill_groups) AS groups`;

describe('ESCO taxonomy import', () => {
  const t = useTestApp();

  it('holds the whole shipped extract', async () => {
    const [counts] = await t.sql(COUNTS);
    expect(counts).toMatchObject({ occupations: 3007, skills: 13896, relations: 123788, isco: 619, broader: 20656, groups: 647 });
  });

  it('is idempotent: importing again over an imported taxonomy leaves the same row counts', async () => {
    // The suite's database is a copy of the migrated template, whose taxonomy was imported once already.
    const [before] = await t.sql(COUNTS);
    await t.app.get(TaxonomyImporterService).importAll();
    const [after] = await t.sql(COUNTS);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ occupations: 3007, skills: 13896, relations: 123788, isco: 619, broader: 20656, groups: 647 });
    // A full import of ~190,000 label rows: about 8 s alone, several times that on a shared 2-core machine.
  }, 240_000);

  it('does not re-import on a start where the tables are already filled', async () => {
    expect(await t.app.get(TaxonomyImporterService).importIfEmpty()).toBeNull();
  });

  it('fills the skill hierarchy alone on a start whose taxonomy predates it', async () => {
    await t.sql('TRUNCATE esco_skill_broader, esco_skill_groups');
    expect(await t.app.get(TaxonomyImporterService).importIfEmpty()).toMatchObject({ skillBroader: 20656, skillGroups: 647 });
    const [counts] = await t.sql(COUNTS);
    expect(counts).toMatchObject({ occupations: 3007, broader: 20656, groups: 647 });
  });

  it('keeps every language of one concept on the same ESCO URI (software developer)', async () => {
    const rows = await t.sql<{ lang: string; label: string }>(
      `SELECT DISTINCT lang, label FROM esco_labels
       WHERE concept_uri = (SELECT concept_uri FROM esco_labels WHERE kind = 'occupation' AND lang = 'en' AND preferred AND label = 'software developer')
         AND preferred ORDER BY lang`,
    );
    expect(rows.map((r) => r.lang)).toEqual(['cs', 'de', 'en', 'pl']);
    expect(rows.find((r) => r.lang === 'de')!.label).toMatch(/Softwareentwickler/);
  });
});
