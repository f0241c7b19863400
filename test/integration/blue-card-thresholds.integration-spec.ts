import { blueCardSalaryWarning } from '../../src/blue-card-thresholds/blue-card-salary';
import { BlueCardThresholdsService } from '../../src/blue-card-thresholds/blue-card-thresholds.service';
import { useTestApp } from '../utils/test-app';

describe('Blue Card thresholds: what the scorer uses', () => {
  const t = useTestApp({ staff: true });

  it('uses a row added through the route from its validFrom on', async () => {
    const body = {
      validFrom: '2027-01-01',
      standardAnnualEur: 52000,
      reducedAnnualEur: 47112.4,
      source: 'Blue Card salary thresholds 2027 (test)',
    };
    await t.http().post('/api/v1/matching/blue-card-thresholds').set(t.staff.auth).send(body).expect(201);

    const thresholds = await t.app.get(BlueCardThresholdsService).scoringThresholds();
    const offer = { visaSponsorship: true, salary: { min: 51000, max: 60000, currency: 'EUR' as const, period: 'year' as const } };
    expect(blueCardSalaryWarning(offer, '2421', thresholds, '2026-12-31')).toBeNull();
    expect(blueCardSalaryWarning(offer, '2421', thresholds, '2027-01-01')).toContain('52,000.00 EUR (in force since 2027-01-01');
  });
});
