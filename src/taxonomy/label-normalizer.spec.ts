import { labelVariants, normalizeLabel } from './label-normalizer';

describe('normalizeLabel', () => {
  it.each([
    ['Softwareentwickler/in', 'softwareentwickler'],
    ['Softwareentwickler/-in (m/w/d)', 'softwareentwickler'],
    ['Softwareentwickler*in', 'softwareentwickler'],
    ['Softwareentwickler:innen', 'softwareentwickler'],
    ['Pflegefachkraft (w/m/d)', 'pflegefachkraft'],
    ['  Software   Developer ', 'software developer'],
    ['vývojář softwaru', 'vyvojar softwaru'],
    ['zdravotní sestra', 'zdravotni sestra'],
    ['Straßenbauer', 'strassenbauer'],
    ['Spawalnik łukowy', 'spawalnik lukowy'],
    ['C++', 'c++'],
    ['C#', 'c#'],
    ['.NET', '.net'],
    ['Python.', 'python'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });

  it('keeps words that merely end in "in" intact', () => {
    expect(normalizeLabel('Medizin')).toBe('medizin');
    expect(normalizeLabel('Berlin')).toBe('berlin');
  });
});

describe('labelVariants', () => {
  it('splits ESCO labels that join both gender forms', () => {
    expect(labelVariants('Softwareentwickler/Softwareentwicklerin')).toEqual([
      'softwareentwickler softwareentwicklerin',
      'softwareentwickler',
      'softwareentwicklerin',
    ]);
  });

  it('gives one variant for a plain label and none for an empty one', () => {
    expect(labelVariants('software developer')).toEqual(['software developer']);
    expect(labelVariants(' / ')).toEqual([]);
  });
});
