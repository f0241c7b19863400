import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { PYTHON } from '../factories/esco';
import { offerBody, publishedOffer } from '../factories/offers';
import { useTestApp } from '../utils/test-app';

type Hit = { id: string; title: string };

describe('job search: filters, language semantics, facets, pagination, injection', () => {
  const t = useTestApp({ staff: true });
  const ids: Record<string, string> = {};
  let draftId: string;
  let pendingId: string;

  const search = async (query: Record<string, string | number>) =>
    (await t.http().get('/api/v1/job-offers/search').query(query).expect(200)).body as {
      items: Hit[];
      total: number;
      page: number;
      limit: number;
      facets: { skills: Record<string, number>; cities: Record<string, number>; languages: Record<string, number> };
      processingTimeMs: number;
    };
  const found = async (query: Record<string, string | number>) =>
    (await search(query)).items.map((i) => (ids[i.title] ? i.title : i.id)).sort();

  beforeAll(async () => {
    const employer = await verifiedEmployer(t, t.staff, { name: 'Sachsen Search GmbH' });
    const offers: Record<string, Record<string, unknown>> = {
      // Required languages: German C1
      deC1: {
        requiredSkills: ['Python', 'SQL'],
        languages: [{ code: 'de', minLevel: 'C1' }],
        city: 'Dresden',
        workplace: 'onsite',
        contractType: 'permanent',
        visaSponsorship: true,
        salary: { min: 60000, max: 70000, currency: 'EUR', period: 'year' },
      },
      // German B2 only
      deB2: {
        requiredSkills: ['Python'],
        optionalSkills: [],
        languages: [{ code: 'de', minLevel: 'B2' }],
        city: 'Leipzig',
        workplace: 'hybrid',
        contractType: 'permanent',
        visaSponsorship: false,
        salary: { min: 4000, max: 4500, currency: 'EUR', period: 'month' },
      },
      // German B1 and any Polish
      plA1: {
        requiredSkills: ['SQL'],
        optionalSkills: [],
        languages: [
          { code: 'de', minLevel: 'B1' },
          { code: 'pl', minLevel: 'A1' },
        ],
        city: 'Görlitz',
        workplace: 'remote',
        contractType: 'fixed_term',
        visaSponsorship: true,
        salary: { min: 20, max: 25, currency: 'EUR', period: 'hour' },
      },
      // English C1, no German
      enC1: {
        requiredSkills: ['Python', 'Quantenknödel-Zubereitung'],
        optionalSkills: [],
        languages: [{ code: 'en', minLevel: 'C1' }],
        city: 'Dresden',
        workplace: 'remote',
        contractType: 'internship',
        visaSponsorship: false,
        salary: { min: 30000, max: 36000, currency: 'EUR', period: 'year' },
      },
      // No language requirement at all
      none: {
        requiredSkills: ['Docker'],
        optionalSkills: ['Python'],
        languages: [],
        city: 'Chemnitz',
        workplace: 'onsite',
        contractType: 'apprenticeship',
        visaSponsorship: false,
        salary: { min: 1000, max: 1200, currency: 'EUR', period: 'month' },
      },
    };
    for (const [title, fields] of Object.entries(offers))
      ids[title] = (await publishedOffer(t, employer, t.staff, { ...fields, title })).id;
    // Never in the index: a draft and one waiting for review, both matching everything.
    const other = await employerWithOrganisation(t);
    draftId = (
      await t
        .http()
        .post('/api/v1/job-offers')
        .set(other.auth)
        .send(offerBody({ title: 'secretDraft', languages: [] }))
        .expect(201)
    ).body.id;
    const pending = await t
      .http()
      .post('/api/v1/job-offers')
      .set(employer.auth)
      .send(offerBody({ title: 'secretPending', languages: [] }))
      .expect(201);
    await t.http().post(`/api/v1/job-offers/${pending.body.id}/submit`).set(employer.auth).expect(200);
    pendingId = pending.body.id;
  });

  it('answers the contract shape with facets; only published offers', async () => {
    const res = await search({});
    expect(res).toMatchObject({ total: 5, page: 1, limit: 20, processingTimeMs: expect.any(Number) });
    expect(res.items.map((i) => i.id)).not.toEqual(expect.arrayContaining([draftId]));
    expect(res.items.map((i) => i.id)).not.toContain(pendingId);
    expect(res.facets.cities).toEqual({ Dresden: 2, Leipzig: 1, Görlitz: 1, Chemnitz: 1 });
    expect(res.facets.languages).toEqual({ de: 3, pl: 1, en: 1 });
    expect(res.facets.skills['Python (computer programming)']).toBe(4);
    expect(res.facets.skills['Quantenknödel-Zubereitung']).toBe(1);
    const item = res.items.find((i) => i.title === 'deC1') as unknown as Record<string, unknown>;
    expect(item).toMatchObject({
      id: ids.deC1,
      status: 'published',
      employer: { name: 'Sachsen Search GmbH' },
      salary: { min: 60000, period: 'year' },
    });
    expect(item).not.toHaveProperty('skillUris');
    expect(item).not.toHaveProperty('languageMinLevels');
  });

  it('skills: all must match, by concept in any language, URI or typo; unknown skills by their text', async () => {
    expect(await found({ skills: 'Python' })).toEqual(['deB2', 'deC1', 'enC1', 'none']);
    expect(await found({ skills: 'Python,SQL' })).toEqual(['deC1']);
    expect(await found({ skills: `${PYTHON},SQL` })).toEqual(['deC1']);
    expect(await found({ skills: 'pyhton' })).toEqual(['deB2', 'deC1', 'enC1', 'none']);
    expect(await found({ skills: 'quantenknödel-zubereitung' })).toEqual(['enC1']);
    expect(await found({ skills: 'Python,Docker' })).toEqual(['deC1', 'none']); // deC1 has Docker as an optional skill
    expect(await found({ skills: 'Kaffeekochen nach Art des Hauses' })).toEqual([]);
  });

  it('languages are the searcher’s levels: every requirement of an offer must be met', async () => {
    // de:B2 → German C1 is out, German + Polish is out, English-only is out; German B2 and no requirement are in.
    expect(await found({ languages: 'de:B2' })).toEqual(['deB2', 'none']);
    expect(await found({ languages: 'de:B2,en:C1' })).toEqual(['deB2', 'enC1', 'none']);
    expect(await found({ languages: 'de:native,pl:A1' })).toEqual(['deB2', 'deC1', 'none', 'plA1']);
    expect(await found({ languages: 'en:B2' })).toEqual(['none']);
    expect(await found({ languages: 'uk:native' })).toEqual(['none']);
    for (const bad of ['de', 'de:B3', 'DE:B2', 'de:b2', 'xx:B2', 'de:B2,de:C1', 'de:B2;en:C1']) {
      const res = await t.http().get('/api/v1/job-offers/search').query({ languages: bad }).expect(400);
      expect(JSON.stringify(res.body.message)).toContain('languages');
    }
  });

  it('cities, workplace, contractType, visaSponsorship, minSalary (annual: month × 12, hour × 40 × 52)', async () => {
    expect(await found({ cities: 'Dresden' })).toEqual(['deC1', 'enC1']);
    expect(await found({ cities: 'Leipzig,Görlitz' })).toEqual(['deB2', 'plA1']);
    expect(await found({ workplace: 'remote' })).toEqual(['enC1', 'plA1']);
    expect(await found({ workplace: 'onsite,hybrid' })).toEqual(['deB2', 'deC1', 'none']);
    expect(await found({ contractType: 'permanent' })).toEqual(['deB2', 'deC1']);
    expect(await found({ visaSponsorship: 'true' })).toEqual(['deC1', 'plA1']);
    expect(await found({ visaSponsorship: 'false' })).toEqual(['deB2', 'enC1', 'none']);
    // deB2: 4000/month = 48,000/year; plA1: 20/hour = 41,600/year; enC1 30,000; none 12,000; deC1 60,000.
    expect(await found({ minSalary: 45000 })).toEqual(['deB2', 'deC1']);
    expect(await found({ minSalary: 41600 })).toEqual(['deB2', 'deC1', 'plA1']);
    expect(await found({ minSalary: 41600, cities: 'Görlitz', skills: 'SQL', languages: 'de:C2,pl:B1' })).toEqual(['plA1']);
    for (const [param, value] of [
      ['workplace', 'office'],
      ['contractType', 'permanent,forever'],
      ['visaSponsorship', 'yes'],
      ['minSalary', 'lots'],
      ['minSalary', '-1'],
      ['limit', '101'],
      ['page', '0'],
      ['unknown', 'x'],
    ]) {
      const res = await t
        .http()
        .get('/api/v1/job-offers/search')
        .query({ [param]: value })
        .expect(400);
      expect(JSON.stringify(res.body.message)).toContain(param);
    }
  });

  it('paginates with exact totals', async () => {
    const p1 = await search({ limit: 2 });
    const p2 = await search({ limit: 2, page: 2 });
    const p3 = await search({ limit: 2, page: 3 });
    expect([p1.total, p2.total, p3.total]).toEqual([5, 5, 5]);
    expect([p1.items.length, p2.items.length, p3.items.length]).toEqual([2, 2, 1]);
    const all = [...p1.items, ...p2.items, ...p3.items].map((i) => i.id);
    expect(new Set(all).size).toBe(5);
    expect(p2).toMatchObject({ page: 2, limit: 2 });
  });

  it('any string is a value, never syntax: never 500, never a non-matching or unpublished offer', async () => {
    const nasty = [
      '"',
      '\\',
      '\\"',
      'OR',
      'AND',
      'TO',
      'EXISTS',
      'NOT',
      '(',
      ')',
      '[',
      ']',
      'Dresden" OR city = "Leipzig',
      'x" OR visaSponsorship = true OR city = "y',
      'Dresden\\" OR 1 = 1 OR \\"',
      ') OR (status EXISTS',
      '0 TO 1000000',
      'city IS NOT EMPTY',
      'de:B2" OR requiredLanguageCodes EXISTS OR "',
    ];
    for (const value of nasty) {
      for (const param of ['q', 'skills', 'cities', 'workplace', 'contractType', 'languages', 'visaSponsorship', 'minSalary']) {
        const res = await t
          .http()
          .get('/api/v1/job-offers/search')
          .query({ [param]: value });
        expect([200, 400]).toContain(res.status);
        if (res.status !== 200) continue;
        const got = (res.body.items as Hit[]).map((i) => i.id);
        expect(got).not.toContain(draftId);
        expect(got).not.toContain(pendingId);
        // A filter value that is not a real city/skill matches nothing.
        if (param === 'cities' || param === 'skills') expect(got).toEqual([]);
      }
      // Combined with a real filter, an injected OR never widens the result.
      const combined = await t
        .http()
        .get('/api/v1/job-offers/search')
        .query({ cities: `Chemnitz,${value}`, skills: `Docker,${value}` });
      expect([200, 400]).toContain(combined.status);
      if (combined.status === 200) expect((combined.body.items as Hit[]).map((i) => i.title).every((x) => x === 'none')).toBe(true);
    }
  });
});
