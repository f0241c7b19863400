import { candidateWithProfile } from '../factories/candidates';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { PYTHON } from '../factories/esco';
import { useTestApp } from '../utils/test-app';

/** ESCO: "Haskell" is a directly narrower skill of "computer programming"; welding is unrelated to both. */
const COMPUTER_PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';
const HASKELL = 'http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02';
const WELDING = 'http://data.europa.eu/esco/skill/2ee57de4-bffd-4194-b009-0060edec77cc';

interface Skills {
  share: number;
  matched: string[];
  related: { label: string; viaSkillUri: string }[];
  missing: string[];
  relatedEssential: number;
}

describe('related skills (ESCO broader/narrower) earn half credit in both directions', () => {
  const t = useTestApp({ staff: true });
  const same = {
    languages: [{ code: 'en', level: 'C1' }],
    preferredCities: ['Dresden'],
    workPermit: 'eu_citizen',
    availableFrom: '2027-01-01',
  };

  it('offer → candidates: holding only a narrower skill of the required one counts half and ranks above holding none', async () => {
    const employer = await verifiedEmployer(t, t.staff);
    const offer = await publishedOffer(t, employer, t.staff, {
      requiredSkills: [COMPUTER_PROGRAMMING],
      optionalSkills: [],
      languages: [{ code: 'en', minLevel: 'B2' }],
    });
    const narrower = await candidateWithProfile(t, { ...same, firstName: 'Hana', skills: [HASKELL] });
    const none = await candidateWithProfile(t, { ...same, firstName: 'Nora', skills: [WELDING] });
    const res = await t.http().get(`/api/v1/job-offers/${offer.id}/matches`).set(employer.auth).query({ lang: 'en' });
    expect(res.status).toBe(200);
    const items = res.body.items as { candidate: { id: string }; score: number; explanation: { skills: Skills } }[];
    const rank = (id: string) => items.findIndex((i) => i.candidate.id === id);
    expect(rank(narrower.profile.id)).toBeGreaterThanOrEqual(0);
    expect(rank(narrower.profile.id)).toBeLessThan(rank(none.profile.id));
    const hana = items[rank(narrower.profile.id)];
    expect(hana.explanation.skills).toMatchObject({
      matched: [],
      related: [{ label: 'computer programming', viaSkillUri: HASKELL }],
      missing: [],
      relatedEssential: 1,
    });
    expect(hana.score).toBeGreaterThan(items[rank(none.profile.id)].score);
    expect(items[rank(none.profile.id)].explanation.skills).toMatchObject({ related: [], missing: ['computer programming'] });
  });

  it('candidate → offers: an offer asking for the broader skill of one held counts half and ranks above one asking for an unrelated skill', async () => {
    const employer = await verifiedEmployer(t, t.staff);
    const base = { optionalSkills: [PYTHON], languages: [{ code: 'en', minLevel: 'B2' }] };
    const related = await publishedOffer(t, employer, t.staff, {
      ...base,
      title: 'Programmierer/in',
      requiredSkills: [COMPUTER_PROGRAMMING],
    });
    const unrelated = await publishedOffer(t, employer, t.staff, { ...base, title: 'Schweißer/in', requiredSkills: [WELDING] });
    const { user } = await candidateWithProfile(t, { ...same, skills: [HASKELL, PYTHON] });
    const res = await t.http().get('/api/v1/candidates/me/matches').set(user.auth).query({ lang: 'en' });
    expect(res.status).toBe(200);
    const items = res.body.items as { jobOffer: { id: string }; explanation: { skills: Skills } }[];
    const rank = (id: string) => items.findIndex((i) => i.jobOffer.id === id);
    expect(rank(related.id)).toBeGreaterThanOrEqual(0);
    expect(rank(unrelated.id)).toBeGreaterThan(rank(related.id));
    expect(items[rank(related.id)].explanation.skills).toMatchObject({
      related: [{ label: 'computer programming', viaSkillUri: HASKELL }],
      relatedEssential: 1,
    });
  });
});
