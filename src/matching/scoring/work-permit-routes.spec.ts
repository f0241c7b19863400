import type { CandidateFacts, OfferFacts, OfferSalary, WorkPermitStatus } from './match-facts';
import { aCandidate, anOffer, THRESHOLDS } from './scoring.fixtures';
import { assessRecognition, assessWorkPermit, isRecentGraduate, ROUTE_DISCLAIMER } from './work-permit-route';
import { regulatedProfessionOf } from '../../residence-law/regulated-professions';
import { RESIDENCE_SALARY_THRESHOLDS, residenceThresholdInForce } from '../../residence-law/residence-salary-thresholds';

/** The route table, one row per route and per edge (docs/matching-routes.md explains each in words). */

const year = (min: number): OfferSalary => ({ min, max: min + 10000, currency: 'EUR', period: 'year' });
const ESCO = 'http://data.europa.eu/esco/occupation/';
const NURSE = regulatedProfessionOf(`${ESCO}8d3e8aaa-791b-4c75-a465-f3f827028f50`, '2221');
const DOCTOR = regulatedProfessionOf(null, '2212');
const MASTER = (extra: Partial<CandidateFacts['degrees'][number]> = {}) => [
  { level: 'master' as const, field: 'Computer Science', graduationYear: 2015, recognition: 'comparable' as const, ...extra },
];
const VOCATIONAL = (recognition: 'recognised' | 'none' | 'partial' | 'unknown') => [
  { level: 'vocational' as const, field: 'Nursing', graduationYear: 2016, recognition },
];
const NOT_SHORTAGE = '2421';
const exp = (iscoCode: string, years: number) => [{ occupationUri: null, iscoCode, years }];

type Row = [
  name: string,
  candidate: Partial<CandidateFacts>,
  offer: Partial<OfferFacts>,
  today: string,
  status: WorkPermitStatus,
  changeOfPurpose: boolean,
  mention: RegExp | null,
];

const visa = { workPermit: 'needs_visa' as const };
const title = (residenceTitle: CandidateFacts['residenceTitle']) => ({ workPermit: 'has_permit' as const, residenceTitle });
const D = '2026-03-01';

const ROWS: Row[] = [
  // who: free movement, titles held
  [
    'EU citizenship by any one (UA + PL)',
    { ...visa, citizenships: ['UA', 'PL'] },
    { visaSponsorship: false },
    D,
    'not_needed',
    false,
    /EU, EEA and Swiss/,
  ],
  ['Swiss citizen', { ...visa, citizenships: ['CH'] }, {}, D, 'not_needed', false, null],
  ['settled', title('settled'), { visaSponsorship: false }, D, 'not_needed', false, /any employment/],
  ['family', title('family'), {}, D, 'not_needed', false, /family reasons/],
  ['temporary protection §24', title('temporary_protection'), { visaSponsorship: false }, D, 'not_needed', false, /§24/],
  ['permit, title not stated', { workPermit: 'has_permit' }, {}, D, 'not_needed', false, /Which residence title/],
  ['needs a visa, offer without visa support', { ...visa, degrees: MASTER() }, { visaSponsorship: false }, D, 'excluded', false, null],
  // purpose-bound titles: the target route, changed to in Germany (not excluded without visa support)
  [
    'student title × full-time offer',
    { ...title('student'), degrees: MASTER() },
    { visaSponsorship: false, salary: year(60000) },
    D,
    'blue_card',
    true,
    /140 full/,
  ],
  [
    'job search §20 after a German degree',
    { ...title('job_search'), degrees: MASTER({ country: 'DE', recognition: undefined }) },
    { salary: year(60000) },
    D,
    'blue_card',
    true,
    /any work/,
  ],
  [
    'Opportunity Card, salary below the Blue Card',
    { ...title('opportunity_card'), degrees: MASTER() },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(40000) },
    D,
    'section_18b',
    true,
    /20 hours/,
  ],
  [
    '§16d holder with a partial recognition',
    { ...title('recognition_measure'), degrees: VOCATIONAL('partial') },
    { occupationIscoCode: '2221', salary: year(40000) },
    D,
    'recognition_partnership_16d',
    true,
    /§16d/,
  ],
  [
    'student title × apprenticeship',
    { ...title('student'), degrees: [] },
    { contractType: 'apprenticeship', salary: year(14000) },
    D,
    'training_16a',
    true,
    null,
  ],
  // Blue Card thresholds on the day they change
  [
    '48,300 on 2025-12-31 (2025 row)',
    { ...visa, degrees: MASTER() },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(48300) },
    '2025-12-31',
    'blue_card',
    false,
    null,
  ],
  [
    '48,300 on 2026-01-01 (2026 row)',
    { ...visa, degrees: MASTER() },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(48300) },
    '2026-01-01',
    'section_18b',
    false,
    /below the standard/,
  ],
  [
    'shortage group, reduced threshold',
    { ...visa, degrees: MASTER() },
    { occupationIscoCode: '2512', salary: year(45934.2) },
    D,
    'blue_card_reduced',
    false,
    null,
  ],
  // recent graduate by month (§18g(1) sentence 2 no. 2)
  [
    'graduated March 2023, today March 2026: recent',
    { ...visa, degrees: MASTER({ graduationYear: 2023, graduationMonth: 3 }) },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(46000) },
    D,
    'blue_card_reduced',
    false,
    null,
  ],
  [
    'graduated February 2023, today March 2026: not recent',
    { ...visa, degrees: MASTER({ graduationYear: 2023, graduationMonth: 2 }) },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(46000) },
    D,
    'section_18b',
    false,
    null,
  ],
  [
    'graduated 2023, month not stated: counted as recent, asked',
    { ...visa, degrees: MASTER({ graduationYear: 2023 }) },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(46000) },
    D,
    'blue_card_reduced',
    false,
    /Month of graduation/,
  ],
  // contract length
  [
    'fixed term of 6 months',
    { ...visa, degrees: MASTER() },
    { contractType: 'fixed_term', contractDurationMonths: 6, salary: year(60000) },
    D,
    'blue_card',
    false,
    null,
  ],
  [
    'fixed term of 5 months',
    { ...visa, degrees: MASTER() },
    { contractType: 'fixed_term', contractDurationMonths: 5, salary: year(60000) },
    D,
    'section_18b',
    false,
    /5 months/,
  ],
  // IT specialists without a degree (§18g(2))
  [
    'IT, no degree, 3 years of IT experience',
    { ...visa, degrees: [], experience: exp('2512', 3) },
    { occupationIscoCode: '2512', salary: year(46000) },
    D,
    'blue_card_it',
    false,
    /§18g\(2\)/,
  ],
  [
    'IT, no degree, 2 years of IT experience',
    { ...visa, degrees: [], experience: exp('2512', 2) },
    { occupationIscoCode: '2512', salary: year(46000) },
    D,
    'open_questions',
    false,
    /No degree listed/,
  ],
  [
    'IT, no degree, 3 years, salary below the reduced threshold',
    { ...visa, degrees: [], experience: exp('2512', 3) },
    { occupationIscoCode: '2512', salary: year(45000) },
    D,
    'open_questions',
    false,
    null,
  ],
  // academic and vocational skilled workers
  [
    '§18b: comparable degree, salary below the Blue Card, 45+ asked',
    { ...visa, degrees: MASTER() },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(40000) },
    D,
    'section_18b',
    false,
    /45 or older.*55,770\.00 EUR/,
  ],
  [
    '§18b with a degree recognition unknown: asked',
    { ...visa, degrees: MASTER({ recognition: undefined }) },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(40000) },
    D,
    'section_18b',
    false,
    /anabin/,
  ],
  [
    'a degree without recognition is no §18b',
    { ...visa, degrees: MASTER({ recognition: 'none' }) },
    { occupationIscoCode: NOT_SHORTAGE, salary: year(40000) },
    D,
    'recognition_partnership_16d',
    false,
    null,
  ],
  [
    '§18a: recognised vocational qualification',
    { ...visa, degrees: VOCATIONAL('recognised') },
    { occupationIscoCode: '7233', salary: year(42000) },
    D,
    'section_18a',
    false,
    /45 or older/,
  ],
  // experience-based employment (§19c(2) + §6 BeschV), threshold on the day it changes
  [
    '§19c(2): 2 years, 45,630 in 2026',
    { ...visa, degrees: VOCATIONAL('none'), experience: exp('7233', 2) },
    { occupationIscoCode: '7233', salary: year(45630) },
    D,
    'experience_19c',
    false,
    /45,630\.00 EUR/,
  ],
  [
    '§19c(2): 45,629.99 in 2026 is too little',
    { ...visa, degrees: VOCATIONAL('none'), experience: exp('7233', 2) },
    { occupationIscoCode: '7233', salary: year(45629.99) },
    D,
    'recognition_partnership_16d',
    false,
    null,
  ],
  [
    '§19c(2): 44,000 on 2025-12-31 (2025 row, 43,470)',
    { ...visa, degrees: VOCATIONAL('none'), experience: exp('7233', 2) },
    { occupationIscoCode: '7233', salary: year(44000) },
    '2025-12-31',
    'experience_19c',
    false,
    null,
  ],
  [
    '§19c(2): 44,000 on 2026-01-01 (2026 row)',
    { ...visa, degrees: VOCATIONAL('none'), experience: exp('7233', 2) },
    { occupationIscoCode: '7233', salary: year(44000) },
    '2026-01-01',
    'recognition_partnership_16d',
    false,
    null,
  ],
  [
    '§19c(2): 1 year is too little',
    { ...visa, degrees: VOCATIONAL('none'), experience: exp('7233', 1) },
    { occupationIscoCode: '7233', salary: year(50000) },
    D,
    'recognition_partnership_16d',
    false,
    null,
  ],
  [
    '§19c(2): experience in another occupation does not count',
    { ...visa, degrees: VOCATIONAL('none'), experience: exp('5120', 5) },
    { occupationIscoCode: '7233', salary: year(50000) },
    D,
    'recognition_partnership_16d',
    false,
    null,
  ],
  // regulated professions
  [
    'regulated × EU citizen: no visa, licence still needed',
    { workPermit: 'eu_citizen', degrees: VOCATIONAL('unknown') },
    { occupationIscoCode: '2221', regulatedProfession: NURSE },
    D,
    'not_needed',
    false,
    null,
  ],
  [
    'regulated: experience does not carry §19c(2)',
    { ...visa, degrees: VOCATIONAL('none'), experience: exp('2221', 5) },
    { occupationIscoCode: '2221', regulatedProfession: NURSE, salary: year(50000) },
    D,
    'recognition_partnership_16d',
    false,
    /temporary permit/,
  ],
  [
    'regulated: comparable is not enough for a doctor',
    { ...visa, degrees: MASTER() },
    { occupationIscoCode: '2212', regulatedProfession: DOCTOR, salary: year(80000) },
    D,
    'recognition_partnership_16d',
    false,
    null,
  ],
  [
    'regulated: recognised doctor gets the Blue Card, licence asked',
    { ...visa, degrees: MASTER({ recognition: 'recognised' }) },
    { occupationIscoCode: '2212', regulatedProfession: DOCTOR, salary: year(80000) },
    D,
    'blue_card',
    false,
    /licence is needed/,
  ],
  // training and internships
  ['apprenticeship', { ...visa, degrees: [] }, { contractType: 'apprenticeship', salary: year(14000) }, D, 'training_16a', false, /§16a/],
  [
    'apprenticeship with a master degree',
    { ...visa, degrees: MASTER() },
    { contractType: 'apprenticeship', salary: year(14000) },
    D,
    'training_16a',
    false,
    null,
  ],
  ['internship', { ...visa, degrees: [] }, { contractType: 'internship', salary: year(12000) }, D, 'internship', false, /§16e/],
  // open questions
  ['no degree listed', { ...visa, degrees: [] }, { salary: year(60000) }, D, 'open_questions', false, /No degree listed/],
  ['no salary stated', { ...visa, degrees: MASTER() }, { salary: null }, D, 'open_questions', false, /states no salary/],
];

describe('the route table', () => {
  it.each(ROWS)('%s → %s', (_name, c, o, today, status, changeOfPurpose, mention) => {
    const r = assessWorkPermit(
      aCandidate({ languages: [{ code: 'de', level: 'B1' }], ...c }),
      anOffer({ occupationIscoCode: NOT_SHORTAGE, visaSponsorship: true, contractType: 'permanent', ...o }),
      THRESHOLDS,
      today,
    );
    expect(r.status).toBe(status);
    expect(r.changeOfPurpose).toBe(changeOfPurpose);
    expect(r.disclaimer).toBe(ROUTE_DISCLAIMER);
    expect(r.route).toMatch(status === 'not_needed' ? /No work visa needed/ : /§|visa/i);
    if (mention) expect([...r.reasons, ...r.openQuestions].join('\n')).toMatch(mention);
  });

  it('reaches every status of the contract', () => {
    const reached = new Set(
      ROWS.map(
        ([, c, o, today]) =>
          assessWorkPermit(aCandidate({ languages: [], ...c }), anOffer({ occupationIscoCode: NOT_SHORTAGE, ...o }), THRESHOLDS, today)
            .status,
      ),
    );
    expect([...reached].sort()).toEqual(
      [
        'not_needed',
        'blue_card',
        'blue_card_reduced',
        'blue_card_it',
        'section_18b',
        'section_18a',
        'experience_19c',
        'recognition_partnership_16d',
        'training_16a',
        'internship',
        'open_questions',
        'excluded',
      ].sort(),
    );
  });
});

describe('recognition', () => {
  const recognition = (c: Partial<CandidateFacts>, o: Partial<OfferFacts>) => {
    const candidate = aCandidate(c);
    const offer = anOffer({ occupationIscoCode: NOT_SHORTAGE, ...o });
    return assessRecognition(candidate, offer, assessWorkPermit(candidate, offer, THRESHOLDS, D).status);
  };

  it('is required for a regulated profession even for an EU citizen, and names the Landesdirektion Sachsen', () => {
    const r = recognition({ workPermit: 'eu_citizen', degrees: VOCATIONAL('unknown') }, { regulatedProfession: NURSE });
    expect(r).toMatchObject({ required: true, regulatedProfession: true, status: 'unknown' });
    expect(r.note).toMatch(/also for EU citizens.*Landesdirektion Sachsen.*Anerkennungs-Finder/);
  });

  it('is not required for an EU citizen in an unregulated job', () => {
    expect(recognition({ workPermit: 'eu_citizen' }, {})).toMatchObject({
      required: false,
      regulatedProfession: false,
      note: 'No recognition is needed for this route.',
    });
  });

  it('points to anabin and the ZAB for a Blue Card with recognition unknown', () => {
    const r = recognition({ workPermit: 'needs_visa', degrees: MASTER({ recognition: undefined }) }, { salary: year(60000) });
    expect(r).toMatchObject({ required: true, status: 'unknown' });
    expect(r.note).toMatch(/anabin.*ZAB/);
  });

  it('counts a German degree as recognised', () => {
    expect(recognition({ workPermit: 'needs_visa', degrees: MASTER({ country: 'DE', recognition: undefined }) }, {}).status).toBe(
      'recognised',
    );
  });

  it('points to the Gleichwertigkeitsfeststellung for §18a and the partnership', () => {
    expect(
      recognition({ workPermit: 'needs_visa', degrees: VOCATIONAL('none') }, { occupationIscoCode: '7233', salary: year(30000) }).note,
    ).toMatch(/Gleichwertigkeitsfeststellung/);
  });
});

describe('isRecentGraduate', () => {
  it.each([
    [{ graduationYear: 2023, graduationMonth: 3 }, '2026-03-01', true],
    [{ graduationYear: 2023, graduationMonth: 2 }, '2026-03-31', false],
    [{ graduationYear: 2023 }, '2026-12-31', true], // the year decides, generously
    [{ graduationYear: 2022 }, '2026-01-01', false],
  ])('%o on %s → %s', (degree, today, expected) => expect(isRecentGraduate(degree, today)).toBe(expected));
});

describe('residence salary thresholds (effective-dated)', () => {
  it.each([
    ['2025-12-31', 43470, 53130],
    ['2026-01-01', 45630, 55770],
  ])('on %s: §19c(2) %s, 45+ %s', (today, experience19c, age45) => {
    expect(residenceThresholdInForce(RESIDENCE_SALARY_THRESHOLDS, today)).toMatchObject({ experience19c, age45 });
  });

  it('derives every row from the pension ceiling (45 % and 55 %)', () => {
    for (const row of RESIDENCE_SALARY_THRESHOLDS) {
      expect(row.experience19c).toBeCloseTo(row.pensionCeiling * 0.45, 2);
      expect(row.age45).toBeCloseTo(row.pensionCeiling * 0.55, 2);
    }
  });
});

describe('regulatedProfessionOf', () => {
  it.each([
    [`${ESCO}8d3e8aaa-791b-4c75-a465-f3f827028f50`, '2221', 'Nurse'],
    [null, '2211', 'Medical doctor'],
    [`${ESCO}7c132147-428b-4ea3-87e1-70f7abb691ce`, '2262', 'Pharmacist'],
    [`${ESCO}0f845e64-de8b-431e-9fe3-1bccf8e1c5b9`, '2262', null], // pharmaceutical quality specialist: not a pharmacist's licence
    [`${ESCO}55d60ead-0343-4008-b9e4-fb4b5a179c83`, '2342', 'Educator'],
    [null, '2512', null],
    [null, null, null],
  ])('%s (%s) → %s', (uri, isco, profession) => {
    const entry = regulatedProfessionOf(uri, isco);
    if (profession === null) expect(entry).toBeNull();
    else expect(entry?.profession).toMatch(new RegExp(`^${profession}`));
  });

  it('names a licence, an authority and a source for every entry', () => {
    for (const entry of [NURSE, DOCTOR]) expect(entry).toMatchObject({ licence: expect.any(String), authority: expect.any(String) });
  });
});
