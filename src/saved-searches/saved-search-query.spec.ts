import { checkSavedQuery, searchPageLink, searchQueryFor } from './saved-search-query';

describe('saved search queries', () => {
  it('keeps a valid job query as the route receives it (JSON numbers, booleans and lists as strings)', () => {
    expect(checkSavedQuery('job_offers', { q: 'Python', cities: ['Dresden', 'Leipzig'], minSalary: 45000, visaSponsorship: true })).toEqual(
      {
        query: { q: 'Python', cities: 'Dresden,Leipzig', minSalary: '45000', visaSponsorship: 'true' },
        errors: [],
      },
    );
  });

  it('names every bad parameter as query.<name>, with the search route’s own rules', () => {
    const { errors } = checkSavedQuery('job_offers', { minSalary: 'lots', workplace: 'moon', colour: 'blue' });
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^query\.minSalary /),
        expect.stringMatching(/^query\.workplace /),
        'query.colour is not a parameter of this search',
      ]),
    );
    expect(checkSavedQuery('candidates', { minDegree: 'diploma' }).errors).toEqual([
      expect.stringMatching(/^query\.minDegree must be one of/),
    ]);
    expect(checkSavedQuery('candidates', { skills: { nested: true } }).errors).toEqual([
      'query.skills must be a string, a number, true/false or a list of strings',
    ]);
  });

  it('a parameter of the other search is unknown here', () => {
    expect(checkSavedQuery('candidates', { workplace: 'remote' }).errors).toEqual(['query.workplace is not a parameter of this search']);
  });

  it('reads the saved parameters back into the route’s DTO, on a page of its own', () => {
    const dto = searchQueryFor('job_offers', { skills: 'Python, SQL', minSalary: '45000' }, 2, 100);
    expect(dto).toMatchObject({ skills: ['Python', 'SQL'], minSalary: 45000, page: 2, limit: 100, lang: 'en' });
  });

  it('links to the search page with the saved parameters (languages as the job page takes them)', () => {
    expect(searchPageLink('job_offers', { q: 'Python', languages: 'de:B2,en:native', page: '3' })).toBe('/?q=Python&languages=de%2Cen');
    expect(searchPageLink('candidates', { skills: 'Python', languages: 'de:B2' })).toBe(
      '/employer/candidates?skills=Python&languages=de%3AB2',
    );
    expect(searchPageLink('job_offers', {})).toBe('/');
  });
});
