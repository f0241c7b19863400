import { candidateWithProfile } from '../factories/candidates';
import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { SOFTWARE_DEVELOPER } from '../factories/esco';
import { draftOffer, publishedOffer } from '../factories/offers';
import { registerUser } from '../factories/users';
import { useTestApp } from '../utils/test-app';

interface Row {
  key: string;
  count: number | null;
  suppressed?: boolean;
}
const byKey = (rows: Row[], key: string) => rows.find((r) => r.key === key);

describe('statistics: figures for staff, counts only, small person counts withheld', () => {
  const t = useTestApp({ staff: true });

  it('is for staff only', async () => {
    const employer = await registerUser(t, 'employer');
    const candidate = await registerUser(t, 'candidate');
    for (const user of [employer, candidate]) await t.http().get('/api/v1/moderation/statistics').set(user.auth).expect(403);
    await t.http().get('/api/v1/moderation/statistics').expect(401);
  });

  it('counts candidates, offers and decisions from the stored data, in PostgreSQL', async () => {
    // Six from Vietnam preferring Dresden (and Leipzig), two from Ukraine living in Poland and commuting.
    for (let i = 0; i < 6; i++)
      await candidateWithProfile(t, { countryOfOrigin: 'VN', residenceCountry: 'VN', preferredCities: ['Dresden', 'Leipzig'] });
    for (let i = 0; i < 2; i++)
      await candidateWithProfile(t, {
        countryOfOrigin: 'UA',
        residenceCountry: 'PL',
        crossBorderCommuter: true,
        preferredCities: ['Görlitz'],
      });
    // Five Czech commuters preferring two towns of one district: each counts once for that district.
    for (let i = 0; i < 5; i++)
      await candidateWithProfile(t, {
        countryOfOrigin: 'CZ',
        residenceCountry: 'CZ',
        crossBorderCommuter: true,
        preferredCities: ['Pirna', 'Sebnitz'],
      });

    const employer = await verifiedEmployer(t, t.staff);
    await publishedOffer(t, employer, t.staff, { occupation: SOFTWARE_DEVELOPER, city: 'Dresden' });
    await publishedOffer(t, employer, t.staff, { occupation: SOFTWARE_DEVELOPER, city: 'Leipzig' });
    await publishedOffer(t, employer, t.staff, { occupation: SOFTWARE_DEVELOPER, city: 'Dresden' });
    const inReview = await draftOffer(t, employer, { city: 'Chemnitz' });
    await t.http().post(`/api/v1/job-offers/${inReview.id}/submit`).set(employer.auth).expect(200);
    await employerWithOrganisation(t); // waits for verification

    const res = await t.http().get('/api/v1/moderation/statistics').set(t.staff.auth).expect(200);
    const s = res.body;
    expect(s.suppressionThreshold).toBe(5);

    expect(byKey(s.candidatesByCountryOfOrigin, 'VN')).toEqual({ key: 'VN', count: 6, suppressed: false });
    expect(byKey(s.candidatesByCountryOfOrigin, 'CZ')).toEqual({ key: 'CZ', count: 5, suppressed: false });
    expect(byKey(s.candidatesByCountryOfOrigin, 'UA')).toEqual({ key: 'UA', count: null, suppressed: true });

    expect(byKey(s.candidatesByPreferredDistrict, 'Dresden, Stadt')).toMatchObject({ count: 6 });
    expect(byKey(s.candidatesByPreferredDistrict, 'Leipzig, Stadt')).toMatchObject({ count: 6 });
    expect(byKey(s.candidatesByPreferredDistrict, 'Sächsische Schweiz-Osterzgebirge')).toMatchObject({ count: 5 });
    expect(byKey(s.candidatesByPreferredDistrict, 'Görlitz')).toEqual({
      key: 'Görlitz',
      count: null,
      suppressed: true,
    });

    expect(s.crossBorderCommuters).toEqual([
      { key: 'PL', count: null, suppressed: true },
      { key: 'CZ', count: 5, suppressed: false },
    ]);

    expect(byKey(s.offersByDistrict, 'Dresden, Stadt')).toMatchObject({ count: 2 });
    expect(byKey(s.offersByDistrict, 'Leipzig, Stadt')).toMatchObject({ count: 1 });
    expect(byKey(s.offersByDistrict, 'Chemnitz, Stadt')).toBeUndefined(); // in review, not published
    expect(s.offersByOccupationGroup).toEqual([
      { key: '2', count: 3, labelEn: expect.stringMatching(/professionals/i), labelDe: expect.anything() },
    ]);

    // verify (in verifiedEmployer) + three approvals, all this week.
    expect(s.moderation.weeks).toHaveLength(12);
    expect(s.moderation.weeks[11].decisions).toBe(4);
    expect(s.moderation.weeks.slice(0, 11).every((w: { decisions: number }) => w.decisions === 0)).toBe(true);
    expect(s.moderation.queue).toEqual({ employers: 1, jobOffers: 1 });
  });
});
