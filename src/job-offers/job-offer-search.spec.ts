import { InvalidInputError } from '../common/errors/domain-error';
import { ISO_639_1_CODES } from '../common/languages/languages';
import { annualEur } from './job-offer-document';
import { languageRequirementsMetFilter, languagesFilter } from './job-offer-search.service';

describe('annualEur', () => {
  it.each([
    [50000, 'year', 50000],
    [4000, 'month', 48000],
    [20, 'hour', 41600],
    [15.5, 'hour', 32240],
  ] as const)('%p per %s is %p a year', (amount, period, expected) => {
    expect(annualEur(amount, period)).toBe(expected);
  });
});

describe('languagesFilter', () => {
  it('is absent without languages', () => {
    expect(languagesFilter(undefined)).toBeNull();
    expect(languagesFilter([])).toBeNull();
  });

  it('excludes offers needing a language the searcher lacks, and caps each held level', () => {
    const filter = languagesFilter(['de:B2', 'en:native'])!;
    expect(filter).toContain('requiredLanguageCodes NOT IN [');
    expect(filter).toContain('"pl"');
    expect(filter).not.toContain('"de"');
    expect(filter).not.toContain('"en"');
    expect(filter).toContain('(languageMinLevels.de NOT EXISTS OR languageMinLevels.de <= 4)');
    expect(filter).toContain('(languageMinLevels.en NOT EXISTS OR languageMinLevels.en <= 7)');
  });

  it('holding every language leaves only the level caps', () => {
    const filter = languagesFilter(ISO_639_1_CODES.map((c) => `${c}:A1`))!;
    expect(filter).not.toContain('NOT IN');
  });

  it('rejects unknown codes and duplicates', () => {
    expect(() => languagesFilter(['xx:B2'])).toThrow(InvalidInputError);
    expect(() => languagesFilter(['de:B2', 'de:C1'])).toThrow(InvalidInputError);
  });
});

describe('languageRequirementsMetFilter', () => {
  it('takes the languages as data: the same filter as the query syntax, without a round trip through "code:level"', () => {
    expect(languageRequirementsMetFilter([{ code: 'de', level: 'B2' }, { code: 'en', level: 'native' }])).toBe(languagesFilter(['de:B2', 'en:native']));
  });

  it('keeps only offers requiring no language when nothing is spoken', () => {
    expect(languageRequirementsMetFilter([])).toBe('requiredLanguageCodes IS EMPTY OR requiredLanguageCodes NOT EXISTS');
  });
});
