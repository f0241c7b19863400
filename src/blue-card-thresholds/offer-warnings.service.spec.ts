import type { BlueCardThresholdsService } from './blue-card-thresholds.service';
import { OfferWarningsService } from './offer-warnings.service';

const THRESHOLDS = [
  { validFrom: '2025-01-01', standard: 48300, reduced: 43759.8, source: 'thresholds 2025' },
  { validFrom: '2026-01-01', standard: 50700, reduced: 45934.2, source: 'thresholds 2026' },
];

describe('OfferWarningsService', () => {
  const thresholds = { scoringThresholds: jest.fn().mockResolvedValue(THRESHOLDS) } as unknown as BlueCardThresholdsService;
  const warnings = new OfferWarningsService(thresholds);
  const today = new Date('2026-11-24T12:00:00Z');
  const salary = (min: number) => ({ min, max: min + 1000, currency: 'EUR' as const, period: 'year' as const });

  it('warns about a sponsored offer below the threshold in force today', async () => {
    const result = await warnings.forOffer({ salary: salary(40000), visaSponsorship: true, iscoCode: '2411' }, today);
    expect(result).toEqual([expect.stringContaining('standard threshold of 50,700.00 EUR (in force since 2026-01-01; thresholds 2026)')]);
  });

  it('uses the row in force on the given day', async () => {
    expect(
      await warnings.forOffer({ salary: salary(49000), visaSponsorship: true, iscoCode: '2411' }, new Date('2025-06-01T00:00:00Z')),
    ).toEqual([]);
  });

  it('is empty without sponsorship, above the (reduced) threshold, and does not read thresholds it does not need', async () => {
    (thresholds.scoringThresholds as jest.Mock).mockClear();
    expect(await warnings.forOffer({ salary: salary(10000), visaSponsorship: false, iscoCode: '2411' }, today)).toEqual([]);
    expect(thresholds.scoringThresholds).not.toHaveBeenCalled();
    expect(await warnings.forOffer({ salary: salary(47000), visaSponsorship: true, iscoCode: '2512' }, today)).toEqual([]);
  });
});
