import { candidateWithProfile } from '../factories/candidates';
import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { offerBody, publishedOffer } from '../factories/offers';
import { registerUser, type TestUser } from '../factories/users';
import { outboxDrained } from '../utils/search';
import { useTestApp } from '../utils/test-app';

const SKILLS = ['Python', 'SQL', 'JavaScript', 'Linux'];
const FACTORS = ['skills', 'occupation', 'languages', 'location', 'availability', 'degree', 'workPermit'] as const;

interface Item {
  candidate?: { id: string; firstName: string } & Record<string, unknown>;
  jobOffer?: { id: string } & Record<string, unknown>;
  score: number;
  explanation: Record<string, { share: number; weight: number } & Record<string, unknown>>;
}

describe('matching (hand-built data set with an obvious right order)', () => {
  const t = useTestApp({ staff: true });
  let owner: TestUser;
  let other: TestUser;
  /** German C1 in Dresden, 4 required skills, no visa sponsorship. */
  let offerId: string;
  /** The same, with sponsorship and a salary above the Blue Card threshold. */
  let sponsoringId: string;
  let draftId: string;
  let closedId: string;
  const profiles: Record<'A' | 'B' | 'C' | 'D' | 'E', string> = { A: '', B: '', C: '', D: '', E: '' };
  let candidateA: TestUser;
  /** The offer's required skills as the taxonomy resolved them (e.g. "Python (computer programming)"). */
  let labels: string[];

  const base = {
    headline: 'Graduate looking for work in Saxony',
    summary: 'Motivated and reliable.',
    desiredOccupations: ['software developer'],
    languages: [
      { code: 'de', level: 'C1' },
      { code: 'en', level: 'C1' },
    ],
    preferredCities: ['Dresden'],
    availableFrom: '2027-01-01',
    workPermit: 'eu_citizen',
    visibility: 'employers',
  };
  const matches = (id: string, auth: Record<string, string>, query: Record<string, string | number> = {}) =>
    t.http().get(`/api/v1/job-offers/${id}/matches`).set(auth).query(query);
  const names = (items: Item[]) => items.map((i) => i.candidate!.firstName);

  beforeAll(async () => {
    owner = await verifiedEmployer(t, t.staff);
    other = await verifiedEmployer(t, t.staff, { name: 'Andere GmbH', registrationNumber: 'HRB 99999' });
    const offer = { requiredSkills: SKILLS, optionalSkills: [], languages: [{ code: 'de', minLevel: 'C1' }], city: 'Dresden' };
    const published = await publishedOffer(t, owner, t.staff, { ...offer, visaSponsorship: false });
    offerId = published.id;
    labels = (published.requiredSkills as { label: string }[]).map((s) => s.label);
    sponsoringId = (
      await publishedOffer(t, owner, t.staff, {
        ...offer,
        title: 'Python developer with visa sponsorship',
        visaSponsorship: true,
        salary: { min: 60000, max: 70000, currency: 'EUR', period: 'year' },
      })
    ).id;
    const draft = await t
      .http()
      .post('/api/v1/job-offers')
      .set(owner.auth)
      .send(offerBody({ ...offer, title: 'Draft offer' }));
    draftId = draft.body.id;
    closedId = (await publishedOffer(t, owner, t.staff, { ...offer, title: 'Closed offer' })).id;
    expect((await t.http().post(`/api/v1/job-offers/${closedId}/close`).set(owner.auth)).status).toBe(200);

    const a = await candidateWithProfile(t, { ...base, firstName: 'A', skills: SKILLS });
    candidateA = a.user;
    profiles.A = a.profile.id;
    profiles.B = (await candidateWithProfile(t, { ...base, firstName: 'B', skills: SKILLS.slice(0, 2) })).profile.id;
    profiles.C = (
      await candidateWithProfile(t, {
        ...base,
        firstName: 'C',
        skills: SKILLS,
        languages: [
          { code: 'de', level: 'B1' },
          { code: 'en', level: 'C1' },
        ],
      })
    ).profile.id;
    profiles.D = (
      await candidateWithProfile(t, {
        ...base,
        firstName: 'D',
        skills: SKILLS,
        workPermit: 'needs_visa',
        degrees: [{ level: 'master', field: 'Computer Science', institution: 'KPI', country: 'UA', graduationYear: 2024 }],
      })
    ).profile.id;
    profiles.E = (await candidateWithProfile(t, { ...base, firstName: 'E', skills: SKILLS, visibility: 'hidden' })).profile.id;
    await outboxDrained(t);
  });

  it('ranks all essential skills above half of them, and leaves out the ineligible and the hidden', async () => {
    const res = await matches(offerId, owner.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 1, limit: 20 });
    const items = res.body.items as Item[];
    expect(names(items)).toEqual(['A', 'B']);
    expect(items[0].score).toBeGreaterThan(items[1].score);
    // The employer view: no contact data.
    expect(items[0].candidate!.id).toBe(profiles.A);
    expect(items[0].candidate).not.toHaveProperty('email');
    expect(items[0].candidate).not.toHaveProperty('lastName');
  });

  it('explains each factor, and the shares add up to the score', async () => {
    const items = (await matches(offerId, owner.auth)).body.items as Item[];
    const [a, b] = items;
    expect(a.explanation.skills).toMatchObject({ matched: labels, missing: [] });
    expect(b.explanation.skills).toMatchObject({ matched: labels.slice(0, 2), missing: labels.slice(2) });
    expect(a.explanation.languages.met).toEqual([expect.objectContaining({ code: 'de', minLevel: 'C1', level: 'C1' })]);
    expect(a.explanation.languages.unmet).toEqual([]);
    expect(a.explanation.workPermit).toMatchObject({ status: 'not_needed' });
    for (const item of items) {
      expect(Object.keys(item.explanation).sort()).toEqual([...FACTORS, 'recognition'].sort()); // recognition: not scored
      const sum = FACTORS.reduce((s, f) => s + item.explanation[f].share, 0);
      expect(sum).toBeCloseTo(item.score, 5);
    }
  });

  it('shows a visa-needing candidate only for an offer with sponsorship, naming the route', async () => {
    const res = await matches(sponsoringId, owner.auth);
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    expect(names(items)).toEqual(expect.arrayContaining(['A', 'B', 'D']));
    expect(names(items)).not.toContain('C');
    expect(names(items)).not.toContain('E');
    const d = items.find((i) => i.candidate!.id === profiles.D)!;
    expect(d.explanation.workPermit.route).toMatch(/§18g|§18b/);
    expect(names((await matches(offerId, owner.auth)).body.items)).not.toContain('D');
  });

  it('is deterministic', async () => {
    const first = (await matches(sponsoringId, owner.auth)).body;
    const second = (await matches(sponsoringId, owner.auth)).body;
    expect(second).toEqual(first);
  });

  it('pages through the same ranking', async () => {
    const all = (await matches(sponsoringId, owner.auth)).body.items as Item[];
    const page2 = await matches(sponsoringId, owner.auth, { limit: 1, page: 2 });
    expect(page2.status).toBe(200);
    expect(names(page2.body.items)).toEqual([all[1].candidate!.firstName]);
  });

  it('lets the owner preview a draft, and staff see any offer', async () => {
    const draft = await matches(draftId, owner.auth);
    expect(draft.status).toBe(200);
    expect(names(draft.body.items)[0]).toBe('A');
    const asStaff = await matches(offerId, t.staff.auth);
    expect(asStaff.status).toBe(200);
    expect(names(asStaff.body.items)).toEqual(['A', 'B']);
  });

  it('guards the offer side: not yours 404, unverified 403, candidates 403, unknown 404, limits 400', async () => {
    const notYours = await matches(offerId, other.auth);
    expect(notYours.status).toBe(404);
    expect(notYours.body.code).toBe('job_offer.not_found');
    const pending = await employerWithOrganisation(t, { name: 'Unverified GmbH', registrationNumber: 'HRB 55555' });
    const ownDraft = await t.http().post('/api/v1/job-offers').set(pending.auth).send(offerBody());
    expect(ownDraft.status).toBe(201);
    const unverified = await matches(ownDraft.body.id, pending.auth);
    expect(unverified.status).toBe(403);
    expect(unverified.body.code).toBe('employer.not_verified');
    expect((await matches(offerId, pending.auth)).status).toBe(404);
    expect((await matches(offerId, candidateA.auth)).status).toBe(403);
    const unknown = await matches('00000000-0000-4000-8000-000000000000', owner.auth);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(notYours.body);
    expect((await t.http().get(`/api/v1/job-offers/${offerId}/matches`)).status).toBe(401);
    const tooMany = await matches(offerId, owner.auth, { limit: 101 });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.body.message)).toMatch(/limit/);
    const tooDeep = await matches(offerId, owner.auth, { limit: 100, page: 6 });
    expect(tooDeep.status).toBe(400);
    expect([tooMany.body.code, tooDeep.body.code]).toEqual(['validation.failed', 'validation.failed']);
    expect((await matches(offerId, owner.auth, { sort: 'x' })).status).toBe(400);
  });

  it('candidate side: lists published offers that fit, explained; not drafts or closed offers', async () => {
    const res = await t.http().get('/api/v1/candidates/me/matches').set(candidateA.auth);
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    const offerIds = items.map((i) => i.jobOffer!.id);
    expect(offerIds).toEqual(expect.arrayContaining([offerId, sponsoringId]));
    expect(offerIds).not.toContain(draftId);
    expect(offerIds).not.toContain(closedId);
    const item = items.find((i) => i.jobOffer!.id === offerId)!;
    expect(item.jobOffer).toMatchObject({ status: 'published', city: 'Dresden' });
    expect(item.explanation.skills).toMatchObject({ matched: labels, missing: [] });
    expect(item.explanation.languages.met).toHaveLength(1);
    const sum = FACTORS.reduce((s, f) => s + item.explanation[f].share, 0);
    expect(sum).toBeCloseTo(item.score, 5);
    // Sorted best first, ties by id.
    for (let i = 1; i < items.length; i++) expect(items[i - 1].score).toBeGreaterThanOrEqual(items[i].score);
  });

  it('candidate side: below a required level or needing a visa, the offer is absent', async () => {
    const c = (await t.sql<{ user_id: string }>('SELECT user_id FROM candidate_profiles WHERE id = $1', [profiles.C]))[0];
    expect(c).toBeDefined();
    const visa = await candidateWithProfile(t, { ...base, firstName: 'V', skills: SKILLS, workPermit: 'needs_visa' });
    await outboxDrained(t);
    const res = await t.http().get('/api/v1/candidates/me/matches').set(visa.user.auth);
    expect(res.status).toBe(200);
    const offerIds = (res.body.items as Item[]).map((i) => i.jobOffer!.id);
    expect(offerIds).toContain(sponsoringId);
    expect(offerIds).not.toContain(offerId);
    const weak = await candidateWithProfile(t, {
      ...base,
      firstName: 'W',
      skills: SKILLS,
      languages: [{ code: 'de', level: 'B2' }],
    });
    const weakRes = await t.http().get('/api/v1/candidates/me/matches').set(weak.user.auth);
    expect(weakRes.status).toBe(200);
    expect(weakRes.body.items).toEqual([]);
  });

  it('candidate side: routes and access (me/matches is not taken for a profile id)', async () => {
    const fresh = await registerUser(t, 'candidate');
    const noProfile = await t.http().get('/api/v1/candidates/me/matches').set(fresh.auth);
    expect(noProfile.status).toBe(404);
    expect(noProfile.body.code).toBe('candidate_profile.not_found');
    expect((await t.http().get('/api/v1/candidates/me/matches').set(owner.auth)).status).toBe(403);
    expect((await t.http().get('/api/v1/candidates/me/matches').set(candidateA.auth).query({ limit: 101 })).status).toBe(400);
    // The profile route still answers for a profile id.
    expect((await t.http().get(`/api/v1/candidates/${profiles.A}`).set(owner.auth)).status).toBe(200);
  });
});
