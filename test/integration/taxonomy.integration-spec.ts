import { TaxonomyService } from '../../src/taxonomy/taxonomy.service';
import { PYTHON, SOFTWARE_DEVELOPER } from '../factories/esco';
import { useTestApp } from '../utils/test-app';

describe('taxonomy: resolution of free text and ESCO URIs to concepts', () => {
  const t = useTestApp();
  let taxonomy: TaxonomyService;
  beforeAll(() => {
    taxonomy = t.app.get(TaxonomyService);
  });

  it('resolves German (with gender forms), English, Polish and Czech labels to the same concept', async () => {
    const inputs = [
      'Softwareentwickler/in (m/w/d)',
      'Softwareentwicklerin',
      'software developer',
      'SOFTWARE DEVELOPER',
      'programista',
      'softwarový vývojář',
      'softwarova vyvojarka',
    ];
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
});
