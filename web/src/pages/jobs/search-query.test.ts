import { describe, expect, it } from 'vitest';
import { apiQuery, facetOptions, readSearch, salaryValue, toggle, writeSearch } from './search-query';

describe('job search in the URL', () => {
  it('reads what the URL holds and ignores values the API would reject', () => {
    const search = readSearch(
      new URLSearchParams(
        'q=Pyhton&cities=Dresden,%20Leipzig&languages=de,xyz&workplace=remote,moon&contractType=permanent&visaSponsorship=true&minSalary=45000&page=2',
      ),
    );
    expect(search).toEqual({
      q: 'Pyhton',
      skills: [],
      cities: ['Dresden', 'Leipzig'],
      languages: ['de'],
      workplace: ['remote'],
      contractType: ['permanent'],
      visaSponsorship: true,
      minSalary: '45000',
      page: 2,
    });
    expect(readSearch(new URLSearchParams('minSalary=lots&page=-3'))).toMatchObject({ minSalary: '', page: 1 });
  });

  it('writes only what is set, so a search round-trips through its URL', () => {
    const url = 'q=Pyhton&cities=Dresden%2CLeipzig&workplace=remote&visaSponsorship=true&page=2';
    expect(writeSearch(readSearch(new URLSearchParams(url))).toString()).toBe(url);
    expect(writeSearch(readSearch(new URLSearchParams(''))).toString()).toBe('');
  });

  it('asks the API with its parameter names; a language one can work in counts at any level', () => {
    const query = apiQuery(readSearch(new URLSearchParams('q=%20dev%20&languages=de,en&minSalary=40000')));
    expect(query).toEqual({ q: 'dev', languages: 'de:native,en:native', minSalary: 40000, page: 1, limit: 20 });
  });

  it('toggles list values and keeps chosen facet values visible', () => {
    expect(toggle(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(facetOptions({ Leipzig: 1, Dresden: 3, Chemnitz: 1 }, ['Zwickau'])).toEqual([
      { value: 'Dresden', count: 3 },
      { value: 'Chemnitz', count: 1 },
      { value: 'Leipzig', count: 1 },
      { value: 'Zwickau', count: null },
    ]);
  });

  it('reads a typed salary with thousands separators and refuses what the API would', () => {
    expect(['45.000', '45 000', '45,000', ' 45000 ', '', '12a', '-5', '10000001'].map(salaryValue)).toEqual([
      '45000',
      '45000',
      '45000',
      '45000',
      '',
      null,
      null,
      null,
    ]);
  });
});
