import { candidateWithProfile, type TestCandidate } from '../factories/candidates';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import type { TestUser } from '../factories/users';
import { outboxDrained } from '../utils/search';
import { useTestApp } from '../utils/test-app';

/**
 * Every status of explanation.workPermit through the API, in both directions
 * (offer → candidates and candidate → offers), plus change of purpose and the
 * recognition part (docs/matching-routes.md).
 */

interface WorkPermit {
  status: string;
  route: string;
  changeOfPurpose: boolean;
  disclaimer: string;
  reasons: string[];
  openQuestions: string[];
}
interface Item {
  candidate?: { id: string };
  jobOffer?: { id: string; regulatedProfession: boolean };
  explanation: { workPermit: WorkPermit; recognition: { required: boolean; regulatedProfession: boolean; status: string; note: string } };
}

const year = (min: number) => ({ min, max: min + 8000, currency: 'EUR', period: 'year' });
const MASTER = {
  level: 'master',
  field: 'Computer Science',
  institution: 'KPI',
  country: 'UA',
  graduationYear: 2015,
  recognition: 'comparable',
};
const WELDING = { level: 'vocational', field: 'Welding', institution: 'Lyceum 5', country: 'UA', graduationYear: 2014 };

/** name → [candidate profile, offer body, expected status, changeOfPurpose] */
const PAIRS: Record<string, [Record<string, unknown>, Record<string, unknown>, string, boolean]> = {
  not_needed: [{ citizenships: ['UA', 'PL'] }, { visaSponsorship: false }, 'not_needed', false],
  blue_card: [{ degrees: [MASTER] }, { salary: year(60000) }, 'blue_card', false],
  blue_card_reduced: [{ degrees: [MASTER] }, { salary: year(48000) }, 'blue_card_reduced', false],
  blue_card_it: [
    { degrees: [], experience: [{ occupation: 'software developer', years: 3 }] },
    { salary: year(48000) },
    'blue_card_it',
    false,
  ],
  section_18b: [{ degrees: [MASTER] }, { salary: year(40000) }, 'section_18b', false],
  section_18a: [
    { degrees: [{ ...WELDING, recognition: 'recognised' }] },
    { occupation: 'welder', salary: year(40000) },
    'section_18a',
    false,
  ],
  experience_19c: [
    { degrees: [{ ...WELDING, recognition: 'none' }], experience: [{ occupation: 'welder', years: 2 }] },
    { occupation: 'welder', salary: year(46000) },
    'experience_19c',
    false,
  ],
  recognition_partnership_16d: [
    { degrees: [{ ...WELDING, recognition: 'none' }] },
    { occupation: 'welder', salary: year(40000) },
    'recognition_partnership_16d',
    false,
  ],
  training_16a: [{ degrees: [] }, { contractType: 'apprenticeship', minDegree: null, salary: year(14000) }, 'training_16a', false],
  internship: [{ degrees: [] }, { contractType: 'internship', salary: year(12000) }, 'internship', false],
  open_questions: [{ degrees: [] }, { salary: year(60000) }, 'open_questions', false],
  change_of_purpose: [
    { workPermit: 'has_permit', residenceTitle: 'student', degrees: [MASTER] },
    { visaSponsorship: false, salary: year(60000) },
    'blue_card',
    true,
  ],
};

describe('matching routes (every workPermit status through the API)', () => {
  const t = useTestApp({ staff: true });
  let employer: TestUser;
  const offers: Record<string, string> = {};
  const candidates: Record<string, TestCandidate> = {};
  let nurseOffer: string;
  let euNurse: TestCandidate;
  let excludedCandidate: TestCandidate;
  let noVisaOffer: string;

  const offerMatches = async (id: string): Promise<Item[]> => {
    const res = await t.http().get(`/api/v1/job-offers/${id}/matches`).set(employer.auth).query({ limit: 50 });
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const candidateMatches = async (c: TestCandidate): Promise<Item[]> => {
    const res = await t.http().get('/api/v1/candidates/me/matches').set(c.user.auth).query({ limit: 50 });
    expect(res.status).toBe(200);
    return res.body.items;
  };

  beforeAll(async () => {
    employer = await verifiedEmployer(t, t.staff);
    for (const [name, [profile, offer]] of Object.entries(PAIRS)) {
      offers[name] = (await publishedOffer(t, employer, t.staff, { title: `Offer ${name}`, ...offer })).id;
      candidates[name] = await candidateWithProfile(t, { firstName: name, ...profile });
    }
    nurseOffer = (
      await publishedOffer(t, employer, t.staff, { title: 'Pflegefachkraft', occupation: 'nurse responsible for general care' })
    ).id;
    euNurse = await candidateWithProfile(t, {
      firstName: 'EuNurse',
      workPermit: 'eu_citizen',
      degrees: [{ ...WELDING, field: 'Nursing' }],
    });
    noVisaOffer = (await publishedOffer(t, employer, t.staff, { title: 'No visa support', visaSponsorship: false, salary: year(60000) }))
      .id;
    excludedCandidate = await candidateWithProfile(t, { firstName: 'Excluded', degrees: [MASTER] });
    await outboxDrained(t);
  });

  it.each(Object.keys(PAIRS))('%s: the pair shows the status in both directions', async (name) => {
    const [, , status, changeOfPurpose] = PAIRS[name];
    const fromOffer = (await offerMatches(offers[name])).find((i) => i.candidate!.id === candidates[name].profile.id);
    const fromCandidate = (await candidateMatches(candidates[name])).find((i) => i.jobOffer!.id === offers[name]);
    for (const item of [fromOffer, fromCandidate]) {
      expect(item).toBeDefined();
      expect(item!.explanation.workPermit).toMatchObject({ status, changeOfPurpose });
      expect(item!.explanation.workPermit.route.length).toBeGreaterThan(10);
      expect(item!.explanation.workPermit.disclaimer).toMatch(/not a legal decision/);
    }
  });

  it('excluded: a candidate who needs a visa never appears for an offer without visa support, in either direction', async () => {
    expect((await offerMatches(noVisaOffer)).map((i) => i.candidate!.id)).not.toContain(excludedCandidate.profile.id);
    expect((await candidateMatches(excludedCandidate)).map((i) => i.jobOffer!.id)).not.toContain(noVisaOffer);
    // the same candidate does appear for an offer with visa support
    expect((await offerMatches(offers.blue_card)).map((i) => i.candidate!.id)).toContain(excludedCandidate.profile.id);
  });

  it('a regulated profession needs its licence even for an EU citizen, and the offer says so', async () => {
    const offer = await t.http().get(`/api/v1/job-offers/${nurseOffer}`);
    expect(offer.body).toMatchObject({
      regulatedProfession: true,
      regulatedProfessionAuthority: expect.stringContaining('Landesdirektion Sachsen'),
    });
    const item = (await offerMatches(nurseOffer)).find((i) => i.candidate!.id === euNurse.profile.id)!;
    expect(item.explanation.workPermit.status).toBe('not_needed');
    expect(item.explanation.recognition).toMatchObject({ required: true, regulatedProfession: true, status: 'unknown' });
    expect(item.explanation.recognition.note).toMatch(/also for EU citizens.*Landesdirektion Sachsen/);
    const software = await t.http().get(`/api/v1/job-offers/${offers.blue_card}`);
    expect(software.body).toMatchObject({ regulatedProfession: false, regulatedProfessionAuthority: null });
  });

  it('keeps the new profile facts, shows them to the owner and exports them', async () => {
    const c = candidates.experience_19c;
    const own = await t.http().get('/api/v1/candidates/me').set(c.user.auth);
    expect(own.body).toMatchObject({
      citizenships: [],
      residenceTitle: null,
      degrees: [expect.objectContaining({ recognition: 'none' })],
      experience: [expect.objectContaining({ escoUri: expect.stringContaining('esco/occupation'), years: 2 })],
    });
    const exported = await t.http().get('/api/v1/candidates/me/export').set(c.user.auth);
    expect(exported.body.profile).toMatchObject({
      experience: [expect.objectContaining({ years: 2 })],
      degrees: [expect.objectContaining({ recognition: 'none' })],
    });
    const student = await t.http().get('/api/v1/candidates/me').set(candidates.change_of_purpose.user.auth);
    expect(student.body).toMatchObject({ workPermit: 'has_permit', residenceTitle: 'student' });
  });

  it.each([
    [{ citizenships: ['XX'] }, /citizenships/],
    [{ residenceTitle: 'tourist' }, /residenceTitle/],
    [{ experience: [{ occupation: 'welder', years: -1 }] }, /years/],
    [{ degrees: [{ ...MASTER, recognition: 'maybe' }] }, /recognition/],
  ])('rejects %o with 400 naming the field', async (body, field) => {
    const c = candidates.blue_card;
    const own = await t.http().get('/api/v1/candidates/me').set(c.user.auth);
    const res = await t
      .http()
      .patch('/api/v1/candidates/me')
      .set(c.user.auth)
      .send({ version: own.body.version, ...body });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(field);
  });
});
