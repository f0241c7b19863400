import { employerWithOrganisation } from '../factories/employers';
import { SOFTWARE_DEVELOPER } from '../factories/esco';
import { offerBody } from '../factories/offers';
import { type TestUser } from '../factories/users';
import { useTestApp } from '../utils/test-app';

/** Thresholds from the seeded rows; today is taken from the clock (2026 rows in force). */
const year = (min: number) => ({ min, max: min + 10_000, currency: 'EUR', period: 'year' });
const month = (min: number) => ({ min, max: min + 1_000, currency: 'EUR', period: 'month' });

describe('job offers: Blue Card salary warning', () => {
  const t = useTestApp();
  let employer: TestUser;

  const create = (overrides: Record<string, unknown>) =>
    t.http().post('/api/v1/job-offers').set(employer.auth).send(offerBody(overrides)).expect(201);
  const isco = async (id: string) =>
    (await t.sql<{ isco_code: string | null }>(`SELECT isco_code FROM job_offers WHERE id = $1`, [id]))[0].isco_code;

  beforeAll(async () => {
    employer = await employerWithOrganisation(t); // drafting needs no verification
  });

  it('warns about a sponsored offer below the standard threshold of a non-shortage occupation, and still saves it', async () => {
    const res = await create({ occupation: 'accountant', salary: year(40_000), visaSponsorship: true });
    expect(res.body.status).toBe('draft');
    expect(res.body.occupation.escoUri).not.toBeNull();
    expect(await isco(res.body.id)).toMatch(/^24/); // accountants: ISCO 2411, not a shortage group
    expect(res.body.warnings).toHaveLength(1);
    expect(res.body.warnings[0]).toContain('40,000.00 EUR a year');
    expect(res.body.warnings[0]).toContain('standard threshold of 50,700.00 EUR');
    expect(res.body.warnings[0]).toContain('in force since 2026-01-01');
    // The offer is stored as sent.
    const stored = await t.http().get(`/api/v1/job-offers/${res.body.id}`).set(employer.auth).expect(200);
    expect(stored.body.salary).toMatchObject({ min: 40_000 });
    expect(stored.body).not.toHaveProperty('warnings'); // only the employer's create/edit answers carry them
  });

  it('says nothing at or above the threshold, or without sponsorship', async () => {
    expect((await create({ occupation: 'accountant', salary: year(52_000), visaSponsorship: true })).body.warnings).toEqual([]);
    expect((await create({ occupation: 'accountant', salary: year(40_000), visaSponsorship: false })).body.warnings).toEqual([]);
  });

  it('applies the reduced threshold to shortage occupations (software developers, ISCO 2512)', async () => {
    const above = await create({ occupation: 'Softwareentwickler/in', salary: year(47_000), visaSponsorship: true });
    expect(above.body.occupation.escoUri).toBe(SOFTWARE_DEVELOPER);
    expect(await isco(above.body.id)).toBe('2512');
    expect(above.body.warnings).toEqual([]);
    const below = await create({ occupation: 'Softwareentwickler/in', salary: year(45_000), visaSponsorship: true });
    expect(below.body.warnings[0]).toContain('reduced threshold for shortage occupations of 45,934.20 EUR');
  });

  it('normalises a monthly salary to a year (× 12)', async () => {
    const low = await create({ occupation: 'accountant', salary: month(3_500), visaSponsorship: true });
    expect(low.body.warnings[0]).toContain('42,000.00 EUR a year (3,500.00 EUR per month × 12');
    expect((await create({ occupation: 'accountant', salary: month(4_300), visaSponsorship: true })).body.warnings).toEqual([]);
  });

  it('re-checks on edit: raising the salary clears the warning, turning sponsorship on raises it', async () => {
    const created = await create({ occupation: 'accountant', salary: year(40_000), visaSponsorship: false });
    expect(created.body.warnings).toEqual([]);
    const sponsored = await t
      .http()
      .patch(`/api/v1/job-offers/${created.body.id}`)
      .set(employer.auth)
      .send({ version: created.body.version, visaSponsorship: true })
      .expect(200);
    expect(sponsored.body.warnings).toEqual([expect.stringContaining('standard threshold of 50,700.00 EUR')]);
    const raised = await t
      .http()
      .patch(`/api/v1/job-offers/${created.body.id}`)
      .set(employer.auth)
      .send({ version: sponsored.body.version, salary: year(51_000) })
      .expect(200);
    expect(raised.body.warnings).toEqual([]);
  });
});
