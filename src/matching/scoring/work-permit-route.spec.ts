import type { CandidateFacts, OfferFacts, OfferSalary, WorkPermitStatus } from './match-facts';
import { aCandidate, aContext, anOffer, THRESHOLDS } from './scoring.fixtures';
import { scoreMatch } from './score-match';
import { assessWorkPermit } from './work-permit-route';
import {
  annualSalaryCents,
  blueCardSalaryWarning,
  formatEur,
  isShortageOccupation,
  thresholdInForce,
} from '../../blue-card-thresholds/blue-card-salary';

const year = (min: number): OfferSalary => ({ min, max: min + 10000, currency: 'EUR', period: 'year' });
const month = (min: number): OfferSalary => ({ min, max: min + 1000, currency: 'EUR', period: 'month' });
const hour = (min: number): OfferSalary => ({ min, max: min + 10, currency: 'EUR', period: 'hour' });

const OLD_MASTER: CandidateFacts['degrees'] = [{ level: 'master', field: 'Computer Science', graduationYear: 2015 }];
/** The same degree, comparable to a German one (anabin H+ / entspricht): no recognition question left. */
const RECOGNISED: Partial<CandidateFacts> = { degrees: [{ ...OLD_MASTER[0], recognition: 'comparable' }] };
const NOT_SHORTAGE = '2421'; // management and organisation analysts
const SHORTAGE = '2512'; // software developers

/** A visa-needing candidate with an old degree (no recent-graduate bonus) against a sponsoring offer. */
function route(o: Partial<OfferFacts>, c: Partial<CandidateFacts> = {}, today = '2026-03-01') {
  return assessWorkPermit(
    aCandidate({ workPermit: 'needs_visa', degrees: OLD_MASTER, ...c }),
    anOffer({ occupationIscoCode: NOT_SHORTAGE, visaSponsorship: true, contractType: 'permanent', ...o }),
    THRESHOLDS,
    today,
  );
}

describe('annual salary', () => {
  it.each<[OfferSalary, number]>([
    [year(50700), 50700],
    [month(4225), 50700], // × 12
    [hour(24.38), 50710.4], // × 40 × 52 = 2080 hours
    [hour(24.37), 50689.6],
  ])('%o → %s EUR a year (from salary.min)', (salary, annual) => {
    expect(annualSalaryCents(salary) / 100).toBe(annual);
  });
});

describe('thresholdInForce', () => {
  it.each([
    ['2024-12-31', null],
    ['2025-01-01', '2025-01-01'],
    ['2025-12-31', '2025-01-01'],
    ['2026-01-01', '2026-01-01'],
    ['2031-07-15', '2026-01-01'],
  ])('on %s uses the row from %s', (today, validFrom) => {
    expect(thresholdInForce(THRESHOLDS, today)?.validFrom ?? null).toBe(validFrom);
    expect(thresholdInForce([...THRESHOLDS].reverse(), today)?.validFrom ?? null).toBe(validFrom); // order of rows does not matter
  });
});

describe('isShortageOccupation (ISCO-08 prefixes)', () => {
  it.each([
    ['1321', true], // 132 production managers
    ['1330', true], // 133 ICT service managers
    ['1341', true], // 134 professional services managers
    ['1211', false], // 121 business services managers
    ['2141', true], // 21 science and engineering
    ['2211', true], // 221 medical doctors
    ['2221', true], // 222 nursing professionals
    ['2250', true], // 225 veterinarians
    ['2261', true], // 226 dentists
    ['2240', false], // 224 paramedical practitioners
    ['2310', true], // 23 teaching professionals
    ['2512', true], // 25 ICT professionals
    ['2421', false],
    ['3512', false], // ICT technicians are not professionals
    [null, false],
  ])('%s → %s', (code, expected) => {
    expect(isShortageOccupation(code)).toBe(expected);
  });
});

describe('assessWorkPermit', () => {
  it('needs nothing for EU citizens and permit holders, whatever the offer', () => {
    for (const workPermit of ['eu_citizen', 'has_permit'] as const) {
      const r = route({ visaSponsorship: false, salary: null }, { workPermit, degrees: [] });
      expect(r).toMatchObject({ status: 'not_needed', threshold: null });
      expect(r.route).toMatch(/No work visa needed/);
    }
  });

  it('excludes a visa-needing candidate when the offer does not sponsor', () => {
    expect(route({ visaSponsorship: false })).toMatchObject({
      status: 'excluded',
      route: 'Needs a visa, but the offer does not support one',
    });
  });

  describe('standard threshold (not a shortage occupation, degree older than 3 years)', () => {
    it.each<[string, OfferSalary, string, WorkPermitStatus]>([
      ['2026: exactly at 50,700', year(50700), '2026-03-01', 'blue_card'],
      ['2026: one cent below', year(50699.99), '2026-03-01', 'section_18b'],
      ['2026: monthly 4,225 × 12 = 50,700', month(4225), '2026-03-01', 'blue_card'],
      ['2026: hourly 24.38 × 2080 = 50,710.40', hour(24.38), '2026-03-01', 'blue_card'],
      ['2026: hourly 24.37 × 2080 = 50,689.60', hour(24.37), '2026-03-01', 'section_18b'],
      ['2025: 48,300 meets the 2025 row', year(48300), '2025-12-31', 'blue_card'],
      ['2025: monthly 4,025 × 12 = 48,300', month(4025), '2025-06-30', 'blue_card'],
      ['2026-01-01: the same 48,300 is below the new row', year(48300), '2026-01-01', 'section_18b'],
    ])('%s → %s', (_n, salary, today, status) => {
      const r = route({ salary }, {}, today);
      expect(r.status).toBe(status);
      expect(r.threshold).toMatchObject({ applied: 'standard' });
    });

    it('names the route, the threshold row (validFrom, source) and the salary compared', () => {
      const r = route({ salary: month(4225) });
      expect(r).toMatchObject({
        status: 'blue_card',
        route: 'EU Blue Card (§18g(1) AufenthG)',
        annualSalaryEur: 50700,
        salaryBasis: '4,225.00 EUR per month × 12 (salary.min)',
        threshold: {
          validFrom: '2026-01-01',
          source: THRESHOLDS[1].source,
          standard: 50700,
          reduced: 45934.2,
          applied: 'standard',
          amount: 50700,
        },
        shortageOccupation: false,
        recentGraduate: false,
      });
      expect(r.reasons).toContain(
        'Guaranteed salary 50,700.00 EUR a year meets the standard threshold of 50,700.00 EUR (in force since 2026-01-01)',
      );
    });

    it('switches rows at validFrom 2026-01-01', () => {
      expect(route({ salary: year(48300) }, {}, '2025-12-31').threshold).toMatchObject({ validFrom: '2025-01-01', amount: 48300 });
      const r = route({ salary: year(48300) }, {}, '2026-01-01');
      expect(r.threshold).toMatchObject({ validFrom: '2026-01-01', amount: 50700 });
      expect(r.route).toMatch(/§18b/);
      expect(r.reasons).toContain(
        'Guaranteed salary 48,300.00 EUR a year is below the standard Blue Card threshold of 50,700.00 EUR (in force since 2026-01-01)',
      );
    });
  });

  describe('reduced threshold', () => {
    it.each<[string, Partial<OfferFacts>, Partial<CandidateFacts>, WorkPermitStatus]>([
      ['shortage ISCO, exactly 45,934.20', { occupationIscoCode: SHORTAGE, salary: year(45934.2) }, {}, 'blue_card_reduced'],
      ['shortage ISCO, one cent below', { occupationIscoCode: SHORTAGE, salary: year(45934.19) }, {}, 'section_18b'],
      [
        'shortage ISCO (3-digit group 221), monthly 3,827.85 × 12',
        { occupationIscoCode: '2212', salary: month(3827.85) },
        {},
        'blue_card_reduced',
      ],
      ['shortage ISCO paid above the standard threshold', { occupationIscoCode: SHORTAGE, salary: year(50700) }, {}, 'blue_card'],
      [
        'recent graduate (2023 in 2026)',
        { salary: year(45934.2) },
        { degrees: [{ level: 'bachelor', field: 'x', graduationYear: 2023 }] },
        'blue_card_reduced',
      ],
      [
        'graduated 2022: not recent in 2026',
        { salary: year(45934.2) },
        { degrees: [{ level: 'bachelor', field: 'x', graduationYear: 2022 }] },
        'section_18b',
      ],
      [
        'a recent vocational degree does not count',
        { salary: year(45934.2) },
        { degrees: [...OLD_MASTER, { level: 'vocational', field: 'x', graduationYear: 2025 }] },
        'section_18b',
      ],
    ])('%s → %s', (_n, o, c, status) => {
      expect(route(o, c).status).toBe(status);
    });

    it('explains why the reduced threshold applied', () => {
      const r = route(
        { occupationIscoCode: SHORTAGE, salary: year(46000) },
        { degrees: [{ level: 'master', field: 'x', graduationYear: 2024 }] },
      );
      expect(r).toMatchObject({
        status: 'blue_card_reduced',
        shortageOccupation: true,
        recentGraduate: true,
        threshold: { applied: 'reduced', amount: 45934.2 },
      });
      expect(r.route).toMatch(/reduced salary threshold.*Federal Employment Agency/);
      expect(r.reasons).toEqual(
        expect.arrayContaining([
          expect.stringContaining('ISCO-08 2512 is a Blue Card shortage occupation'),
          expect.stringContaining('within the last 3 years'),
        ]),
      );
    });
  });

  describe('contract', () => {
    it.each<[string, Partial<OfferFacts>, WorkPermitStatus]>([
      ['permanent', { contractType: 'permanent' }, 'blue_card'],
      ['fixed-term, 6 months', { contractType: 'fixed_term', contractDurationMonths: 6 }, 'blue_card'],
      ['fixed-term, 5 months', { contractType: 'fixed_term', contractDurationMonths: 5 }, 'section_18b'],
      ['fixed-term, duration unknown', { contractType: 'fixed_term', contractDurationMonths: null }, 'open_questions'],
      ['fixed-term, duration absent', { contractType: 'fixed_term', contractDurationMonths: undefined }, 'open_questions'],
      ['internship', { contractType: 'internship' }, 'internship'],
      ['apprenticeship', { contractType: 'apprenticeship' }, 'training_16a'],
    ])('%s → %s', (_n, o, status) => {
      expect(route({ salary: year(60000), ...o }).status).toBe(status);
    });

    it('lists the unknown duration as the open question', () => {
      expect(route({ salary: year(60000), contractType: 'fixed_term', contractDurationMonths: null }, RECOGNISED).openQuestions).toEqual([
        'Contract duration unknown: a Blue Card needs a contract of at least 6 months',
      ]);
    });
  });

  describe('degree and missing data', () => {
    it('sends a candidate with only a vocational degree to §18a', () => {
      const r = route({ salary: year(80000) }, { degrees: [{ level: 'vocational', field: 'Mechatronics', graduationYear: 2024 }] });
      expect(r).toMatchObject({ status: 'section_18a' });
      expect(r.route).toMatch(/§18a AufenthG/);
    });

    it.each<[string, Partial<OfferFacts>, Partial<CandidateFacts>, RegExp]>([
      ['no salary', { salary: null }, {}, /states no salary/],
      ['no degree listed', {}, { degrees: [] }, /No degree listed/],
    ])('%s → open questions naming what is missing', (_n, o, c, question) => {
      const r = route(o, { ...RECOGNISED, ...c });
      expect(r.status).toBe('open_questions');
      expect(r.openQuestions).toEqual([expect.stringMatching(question)]);
    });

    it('has an open question when no threshold row is in force yet', () => {
      const r = assessWorkPermit(
        aCandidate({ workPermit: 'needs_visa', ...RECOGNISED }),
        anOffer({ salary: year(90000) }),
        THRESHOLDS,
        '2024-06-01',
      );
      expect(r).toMatchObject({
        status: 'open_questions',
        threshold: null,
        openQuestions: ['No Blue Card salary threshold is on record for 2024-06-01'],
      });
    });

    it('prefers a definite §18b over open questions (5-month contract without salary)', () => {
      const r = route({ contractType: 'fixed_term', contractDurationMonths: 5, salary: null }, RECOGNISED);
      expect(r.status).toBe('section_18b');
      expect(r.openQuestions).toEqual([expect.stringMatching(/states no salary/), expect.stringMatching(/45 or older/)]);
    });
  });

  it('is what scoreMatch reports as the workPermit factor', () => {
    const s = scoreMatch(
      aCandidate({ workPermit: 'needs_visa', degrees: OLD_MASTER }),
      anOffer({ occupationIscoCode: NOT_SHORTAGE, salary: year(50700) }),
      aContext(),
    );
    expect(s.explanation.workPermit).toMatchObject({ status: 'blue_card', annualSalaryEur: 50700, threshold: { validFrom: '2026-01-01' } });
  });
});

describe('blueCardSalaryWarning', () => {
  const warn = (salary: OfferSalary | null, isco: string | null, today = '2026-03-01', visaSponsorship = true) =>
    blueCardSalaryWarning({ salary, visaSponsorship }, isco, THRESHOLDS, today);

  it('warns about a sponsored offer below the standard threshold, naming amounts, row and source', () => {
    const text = warn(year(50699.99), NOT_SHORTAGE);
    expect(text).toContain('50,699.99 EUR a year');
    expect(text).toContain(
      'standard threshold of 50,700.00 EUR (in force since 2026-01-01; BMI announcement / make-it-in-germany.com Blue Card salary thresholds 2026)',
    );
    expect(text).toContain('§18b or §18a');
    expect(text).toContain('§16d(3)');
    expect(text).toContain('§19c(2) AufenthG with §6 BeschV (salary at least 45,630.00 EUR)');
    expect(text).not.toContain('§18g(2)'); // not an IT occupation
    expect(text).toContain('reduced threshold of 45,934.20 EUR'); // recent graduates still qualify
  });

  it('names §18g(2) for IT occupations and leaves out §19c(2) below its salary and for regulated professions', () => {
    expect(warn(year(45000), SHORTAGE)).toContain('§18g(2)');
    expect(warn(year(45000), SHORTAGE)).not.toContain('§19c(2)'); // below 45,630
    expect(warn(year(46000), '2221')).toBeNull(); // nurses: shortage group, above the reduced threshold
    expect(warn(year(45000), '2264')).not.toContain('§19c(2)'); // physiotherapists: regulated, and below
    expect(warn(year(48000), '3221')).not.toContain('§19c(2)'); // nursing associates: regulated, not a shortage group
    expect(warn(year(48000), NOT_SHORTAGE)).toContain('§19c(2)');
  });

  it('uses the reduced threshold for shortage occupations', () => {
    expect(warn(year(45934.2), SHORTAGE)).toBeNull();
    expect(warn(year(45934.19), SHORTAGE)).toContain('reduced threshold for shortage occupations of 45,934.20 EUR');
    expect(warn(year(45934.2), NOT_SHORTAGE)).toContain('standard threshold of 50,700.00 EUR');
  });

  it('converts monthly and hourly salaries', () => {
    expect(warn(month(4225), NOT_SHORTAGE)).toBeNull();
    expect(warn(month(4224.99), NOT_SHORTAGE)).toContain('4,224.99 EUR per month × 12');
    expect(warn(hour(24.37), NOT_SHORTAGE)).toContain('50,689.60 EUR a year (24.37 EUR per hour × 40 hours × 52 weeks');
  });

  it('uses the row in force on the day the offer is posted', () => {
    expect(warn(year(48300), NOT_SHORTAGE, '2025-12-31')).toBeNull();
    expect(warn(year(48300), NOT_SHORTAGE, '2026-01-01')).toContain('in force since 2026-01-01');
  });

  it('says nothing without sponsorship, without a salary, or without a threshold row', () => {
    expect(warn(year(20000), NOT_SHORTAGE, '2026-03-01', false)).toBeNull();
    expect(warn(null, NOT_SHORTAGE)).toBeNull();
    expect(warn(year(20000), NOT_SHORTAGE, '2024-01-01')).toBeNull();
  });

  it('does not mention recent graduates when the salary is below even the reduced threshold', () => {
    expect(warn(year(30000), NOT_SHORTAGE)).not.toContain('Graduates');
  });
});

describe('formatEur', () => {
  it.each([
    [48300, '48,300.00 EUR'],
    [43759.8, '43,759.80 EUR'],
    [1234567.891, '1,234,567.89 EUR'],
    [0.5, '0.50 EUR'],
  ])('%s → %s', (amount, text) => expect(formatEur(amount)).toBe(text));
});
