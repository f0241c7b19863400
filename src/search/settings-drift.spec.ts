import { settingsDiffer } from './settings-drift';

describe('settingsDiffer', () => {
  const current = {
    searchableAttributes: ['title', 'labels'],
    filterableAttributes: ['city', 'kind'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnWords: [], disableOnAttributes: [] },
    pagination: { maxTotalHits: 1000 },
    synonyms: {},
  };

  it('is false when every declared setting already holds (defaults Meilisearch adds are ignored)', () => {
    expect(
      settingsDiffer(
        {
          searchableAttributes: ['title', 'labels'],
          filterableAttributes: ['kind', 'city'],
          typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
        },
        current,
      ),
    ).toBe(false);
  });

  it('is true when an ordered list changes order (searchable attribute order is ranking)', () => {
    expect(settingsDiffer({ searchableAttributes: ['labels', 'title'] }, current)).toBe(true);
  });

  it('is true for a new filterable attribute, a changed nested value or a setting not present', () => {
    expect(settingsDiffer({ filterableAttributes: ['city', 'kind', 'lang'] }, current)).toBe(true);
    expect(settingsDiffer({ typoTolerance: { minWordSizeForTypos: { oneTypo: 5 } } }, current)).toBe(true);
    expect(settingsDiffer({ pagination: { maxTotalHits: 10_000 } }, current)).toBe(true);
    expect(settingsDiffer({ sortableAttributes: ['updatedAt'] }, current)).toBe(true);
  });
});
