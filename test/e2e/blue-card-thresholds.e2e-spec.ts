import { BlueCardThresholdsService } from '../../src/blue-card-thresholds/blue-card-thresholds.service';
import { blueCardSalaryWarning } from '../../src/blue-card-thresholds/blue-card-salary';
import { createTestApp, TestApp } from '../utils/test-app';
import { registerUser, staffUser, TestUser } from '../utils/users';

const ROUTE = '/api/v1/matching/blue-card-thresholds';
const SOURCE_2026 = 'BMI announcement / make-it-in-germany.com Blue Card salary thresholds 2026';

describe('matching: Blue Card thresholds (staff)', () => {
  let t: TestApp;
  let staff: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    staff = await staffUser(t);
  });
  afterAll(() => t.close());

  it('lists the seeded 2025 and 2026 rows, oldest first, amounts as numbers', async () => {
    const res = await t.http().get(ROUTE).set(staff.auth).expect(200);
    expect(res.body.items).toEqual([
      {
        id: expect.any(String),
        validFrom: '2025-01-01',
        standardAnnualEur: 48300,
        reducedAnnualEur: 43759.8,
        source: 'BMI announcement / make-it-in-germany.com Blue Card salary thresholds 2025',
        createdAt: expect.any(String),
      },
      { id: expect.any(String), validFrom: '2026-01-01', standardAnnualEur: 50700, reducedAnnualEur: 45934.2, source: SOURCE_2026, createdAt: expect.any(String) },
    ]);
  });

  it('adds a 2027 row that the scorer then uses from its validFrom on', async () => {
    const body = { validFrom: '2027-01-01', standardAnnualEur: 52000, reducedAnnualEur: 47112.4, source: '  Blue Card salary thresholds 2027 (test)  ' };
    const created = await t.http().post(ROUTE).set(staff.auth).send(body).expect(201);
    expect(created.body).toEqual({ ...body, source: 'Blue Card salary thresholds 2027 (test)', id: expect.any(String), createdAt: expect.any(String) });
    const list = await t.http().get(ROUTE).set(staff.auth).expect(200);
    expect(list.body.items.map((r: { validFrom: string }) => r.validFrom)).toEqual(['2025-01-01', '2026-01-01', '2027-01-01']);

    const thresholds = await t.app.get(BlueCardThresholdsService).scoringThresholds();
    const offer = { visaSponsorship: true, salary: { min: 51000, max: 60000, currency: 'EUR' as const, period: 'year' as const } };
    expect(blueCardSalaryWarning(offer, '2421', thresholds, '2026-12-31')).toBeNull();
    expect(blueCardSalaryWarning(offer, '2421', thresholds, '2027-01-01')).toContain('52,000.00 EUR (in force since 2027-01-01');
  });

  it('answers 409 for a second row with the same validFrom', async () => {
    const res = await t.http().post(ROUTE).set(staff.auth).send({ validFrom: '2026-01-01', standardAnnualEur: 1, reducedAnnualEur: 1, source: 'again' }).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'blue_card_threshold.exists', message: 'A Blue Card threshold valid from 2026-01-01 already exists' });
    const [row] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM blue_card_thresholds WHERE valid_from = '2026-01-01'`);
    expect(row.n).toBe(1);
  });

  it.each([
    ['reduced above standard', { reducedAnnualEur: 50000.01 }, 'reducedAnnualEur must not be greater than standardAnnualEur'],
    ['a negative standard', { standardAnnualEur: -1, reducedAnnualEur: -2 }, 'standardAnnualEur must be a positive number'],
    ['a zero reduced threshold', { reducedAnnualEur: 0 }, 'reducedAnnualEur must be a positive number'],
    ['three decimals', { standardAnnualEur: 50000.001 }, 'standardAnnualEur must be a number with at most 2 decimal places'],
    ['an amount sent as a string', { standardAnnualEur: '50000' }, 'standardAnnualEur must be a number with at most 2 decimal places'],
    ['a timestamp for validFrom', { validFrom: '2028-01-01T00:00:00Z' }, 'validFrom must be a date in the form YYYY-MM-DD'],
    ['a day that does not exist', { validFrom: '2028-02-30' }, 'validFrom must be a valid calendar date'],
    ['an empty source', { source: '   ' }, 'source should not be empty'],
    ['an unknown field', { note: 'x' }, 'property note should not exist'],
  ])('answers 400 naming the field for %s', async (_name, change, message) => {
    const body = { validFrom: '2028-01-01', standardAnnualEur: 50000, reducedAnnualEur: 45000, source: 'test', ...change };
    const res = await t.http().post(ROUTE).set(staff.auth).send(body).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('is for staff only: 403 for candidates and employers, 401 without a token', async () => {
    const body = { validFrom: '2029-01-01', standardAnnualEur: 50000, reducedAnnualEur: 45000, source: 'test' };
    for (const role of ['candidate', 'employer'] as const) {
      const user = await registerUser(t, role);
      await t.http().get(ROUTE).set(user.auth).expect(403);
      await t.http().post(ROUTE).set(user.auth).send(body).expect(403);
    }
    await t.http().get(ROUTE).expect(401);
    await t.http().post(ROUTE).send(body).expect(401);
    const [row] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM blue_card_thresholds WHERE valid_from = '2029-01-01'`);
    expect(row.n).toBe(0);
  });
});
