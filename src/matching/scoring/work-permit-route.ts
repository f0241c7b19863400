import type {
  AppliedThreshold,
  BlueCardThreshold,
  CandidateDegree,
  CandidateFacts,
  OfferFacts,
  RecognitionExplanation,
  RecognitionStatus,
  ResidenceSalaryThreshold,
  ResidenceTitle,
  WorkPermitExplanation,
  WorkPermitStatus,
} from './match-facts';
import { degreeLevelRank, languageLevelRank } from '../../common/reference/levels';
import {
  annualSalaryCents,
  formatEur,
  isShortageOccupation,
  RECENT_GRADUATE_YEARS,
  BLUE_CARD_MIN_CONTRACT_MONTHS,
  salaryBasis,
  thresholdInForce,
  toCents,
} from '../../blue-card-thresholds/blue-card-salary';
import { hasFreeMovement } from '../../residence-law/residence-facts';
import { RESIDENCE_SALARY_THRESHOLDS, residenceThresholdInForce } from '../../residence-law/residence-salary-thresholds';

/**
 * The residence-law route of one candidate for one offer, as of the day given.
 * Table-driven: who the candidate is (free movement, title held, visa) decides
 * whether a route is needed at all; then the first row of TARGET_ROUTES whose
 * conditions hold is the route. Every figure comes from an effective-dated
 * table (Blue Card rows from the database, the §19c(2) and 45+ rows from
 * residence-law/), so a new year is a data change. Legal basis and sources:
 * docs/matching-routes.md. Pure.
 */

export const ROUTE_DISCLAIMER =
  'Guidance from the facts given, not a legal decision: the foreigners’ authority and the Federal Employment Agency decide.';

export const ROUTE = {
  notNeededEu: 'No work visa needed: EU/EEA/Swiss citizens move freely (FreizügG/EU)',
  notNeededPermit: 'No work visa needed: the residence title held allows this employment',
  excluded: 'Needs a visa, but the offer does not support one',
  blue_card: 'EU Blue Card (§18g(1) AufenthG)',
  blue_card_reduced:
    'EU Blue Card at the reduced salary threshold (§18g(1) sentence 2 AufenthG), with the Federal Employment Agency’s approval',
  blue_card_it: 'EU Blue Card for IT specialists without a degree (§18g(2) AufenthG), with the Federal Employment Agency’s approval',
  section_18b: 'Skilled worker with academic training (§18b AufenthG), with the Federal Employment Agency’s approval',
  section_18a: 'Skilled worker with vocational training (§18a AufenthG), with the Federal Employment Agency’s approval',
  experience_19c:
    'Employment based on professional experience (§19c(2) AufenthG with §6 BeschV), with the Federal Employment Agency’s approval',
  recognition_partnership_16d: 'Recognition partnership (§16d(3) AufenthG): work while the qualification is being recognised',
  training_16a: 'Vocational training (§16a AufenthG), with the Federal Employment Agency’s approval',
  internship: 'Internship (§16e AufenthG, or §15 BeschV with the Federal Employment Agency’s approval)',
  openQuestions: 'Visa route open: EU Blue Card (§18g) or §18b AufenthG, depending on the open questions',
  noDegree: 'Visa route open: §18g/§18b need an academic degree, §18a a recognised vocational qualification',
} as const;

/** Titles tied to their purpose: a job outside it needs a change of residence purpose first. */
const PURPOSE_BOUND: Partial<Record<ResidenceTitle, string>> = {
  student: 'A student title (§16b AufenthG) allows work on 140 full or 280 half days a year only',
  job_search:
    'The job-search title (§20 AufenthG) after a German degree or training allows any work, so the job may start at once; the title for the job itself is applied for at the foreigners’ authority',
  opportunity_card: 'The Opportunity Card (§20a AufenthG) allows up to 20 hours of work a week and trial jobs of two weeks only',
  recognition_measure: 'A §16d AufenthG title allows up to 20 hours a week of work outside the recognition measure only',
};

/** Titles that allow any employment, with the reason in words. */
const WORK_ALLOWED: Partial<Record<ResidenceTitle, string>> = {
  settled: 'A settlement permit or permanent residence allows any employment',
  family: 'A residence title for family reasons allows any employment',
  temporary_protection: 'Temporary protection (§24 AufenthG) allows any employment',
  skilled_worker: 'Already holds a skilled-worker title (§18a/§18b AufenthG)',
  blue_card: 'Already holds an EU Blue Card (§18g AufenthG)',
};

/** ISCO-08 groups of §18g(2) AufenthG (IT specialists without a degree): ICT service managers 133 and ICT professionals 25. */
const IT_ISCO_GROUPS = ['133', '25'];
const IT_MIN_YEARS = 3;
const EXPERIENCE_19C_MIN_YEARS = 2;

type RouteAssessment = Omit<WorkPermitExplanation, 'share' | 'weight'>;
type Candidate = Pick<CandidateFacts, 'workPermit' | 'degrees'> &
  Partial<Pick<CandidateFacts, 'citizenships' | 'residenceTitle' | 'experience' | 'languages'>>;
type Offer = Pick<OfferFacts, 'visaSponsorship' | 'salary' | 'contractType' | 'contractDurationMonths' | 'occupationIscoCode'> &
  Partial<Pick<OfferFacts, 'occupationUri' | 'regulatedProfession'>>;

const isAcademic = (d: CandidateDegree) => degreeLevelRank(d.level) >= degreeLevelRank('bachelor');
const recognitionOf = (d: CandidateDegree): RecognitionStatus => (d.country === 'DE' ? 'recognised' : (d.recognition ?? 'unknown'));
/** Recognition statuses that still allow the route, with an open question. */
const PENDING: readonly RecognitionStatus[] = ['unknown', 'in_progress'];

/** What the rows of the table read: the facts, worked out once. */
interface Situation {
  candidate: Candidate;
  offer: Offer;
  annualCents: number | null;
  regulated: boolean;
  /** Academic degrees that may carry §18b/§18g(1): recognised/comparable (regulated: recognised only), or still pending. */
  academic: CandidateDegree[];
  /** Vocational qualifications that may carry §18a: recognised, or still pending. */
  vocational: CandidateDegree[];
  /** Blue Card salary tier met, null when none (or undecidable). */
  tier: 'standard' | 'reduced' | null;
  /** Blue Card cannot be decided for missing data (salary, threshold row, contract length) and nothing rules it out. */
  blueCardUndecided: boolean;
  /** Why the Blue Card does not fit (contract, salary); reasons of §18b then. */
  blueCardBlockers: string[];
  /** The contract is known to allow a Blue Card (length) and every figure is at hand. */
  contractFits: boolean;
  reducedCents: number | null;
  residence: ResidenceSalaryThreshold | null;
}

interface Verdict {
  reasons?: string[];
  openQuestions?: string[];
}

/** One row of the route table: the first row that answers a verdict is the route. */
type TargetStatus = Exclude<WorkPermitStatus, 'not_needed' | 'excluded'>;
interface RouteRow {
  status: TargetStatus;
  decide: (s: Situation) => Verdict | null;
}

const pendingQuestions = (degrees: CandidateDegree[], regulated: boolean): string[] => {
  if (degrees.some((d) => !PENDING.includes(recognitionOf(d)))) return [];
  if (regulated) return ['Is the qualification recognised and the licence to practise granted (or applied for)?'];
  return degrees.some(isAcademic)
    ? ['Is the degree recognised or comparable to a German one (anabin: institution "H+", degree "entspricht"; or a ZAB statement)?']
    : ['Is the vocational qualification recognised as equivalent (Gleichwertigkeitsfeststellung)?'];
};

const experienceYears = (c: Candidate, match: (iscoCode: string | null, uri: string | null) => boolean): number =>
  (c.experience ?? []).filter((e) => match(e.iscoCode, e.occupationUri)).reduce((sum, e) => sum + e.years, 0);

const isItGroup = (code: string | null) => !!code && IT_ISCO_GROUPS.some((g) => code.startsWith(g));

/** The route table, in order (docs/matching-routes.md has it in words). */
export const TARGET_ROUTES: readonly RouteRow[] = [
  {
    status: 'training_16a',
    decide: (s) =>
      s.offer.contractType === 'apprenticeship'
        ? {
            reasons: ['An apprenticeship is vocational training: it has its own title (§16a AufenthG), not a skilled-worker one'],
            openQuestions: ['German at B1 is usually asked for (§16a(3) AufenthG); the training contract must be signed'],
          }
        : null,
  },
  {
    status: 'internship',
    decide: (s) =>
      s.offer.contractType === 'internship'
        ? {
            reasons: [
              'An internship is neither a Blue Card nor a skilled-worker job: it has its own title (§16e AufenthG during or after studies, or §15 BeschV)',
            ],
          }
        : null,
  },
  {
    status: 'blue_card',
    decide: (s) => (s.academic.length > 0 && s.contractFits && s.tier === 'standard' ? {} : null),
  },
  {
    status: 'blue_card_reduced',
    decide: (s) => (s.academic.length > 0 && s.contractFits && s.tier === 'reduced' ? {} : null),
  },
  {
    status: 'open_questions',
    decide: (s) => (s.academic.length > 0 && s.blueCardUndecided && s.blueCardBlockers.length === 0 ? {} : null),
  },
  {
    status: 'blue_card_it',
    decide: (s) => {
      if (!isItGroup(s.offer.occupationIscoCode) || !s.contractFits || s.reducedCents === null || s.annualCents === null) return null;
      const years = experienceYears(s.candidate, (code) => isItGroup(code));
      if (years < IT_MIN_YEARS || s.annualCents < s.reducedCents) return null;
      return {
        reasons: [
          `${years} years of IT experience (at least ${IT_MIN_YEARS} needed) and an IT occupation: a Blue Card without a degree (§18g(2) AufenthG)`,
        ],
        openQuestions: [`Was the experience gained within the last 7 years, at the level of a university graduate?`],
      };
    },
  },
  {
    status: 'section_18b',
    decide: (s) => (s.academic.length > 0 ? { reasons: s.blueCardBlockers } : null),
  },
  {
    status: 'section_18a',
    decide: (s) =>
      s.vocational.length > 0
        ? {
            reasons: [
              'The vocational qualification carries a skilled-worker title; the Blue Card and §18b need an academic degree',
              'The vocational qualification must be recognised as equivalent to a German one (§18(2) no. 4 AufenthG)',
            ],
          }
        : null,
  },
  {
    status: 'experience_19c',
    decide: (s) => {
      if (s.regulated || s.candidate.degrees.length === 0 || !s.residence || s.annualCents === null) return null;
      const years = experienceYears(
        s.candidate,
        (code, uri) => (!!uri && uri === s.offer.occupationUri) || (!!code && code === s.offer.occupationIscoCode),
      );
      if (years < EXPERIENCE_19C_MIN_YEARS) return null;
      const threshold = s.residence.experience19c;
      if (s.annualCents < toCents(threshold)) return null;
      return {
        reasons: [
          `${years} years of experience in this occupation (at least ${EXPERIENCE_19C_MIN_YEARS} needed) and a salary of at least ${formatEur(threshold)} (45 % of the pension ceiling, in force since ${s.residence.validFrom}): §19c(2) AufenthG with §6 BeschV, no recognition in Germany needed`,
        ],
        openQuestions: [
          'Is the qualification state-recognised in the country where it was gained (at least two years of training, or a university degree)?',
          'Was the experience gained within the last five years?',
        ],
      };
    },
  },
  {
    status: 'recognition_partnership_16d',
    decide: (s) => {
      if (s.candidate.degrees.length === 0) return null;
      const germanA2 = (s.candidate.languages ?? []).some((l) => l.code === 'de' && languageLevelRank(l.level) >= languageLevelRank('A2'));
      return {
        reasons: [
          'The qualification is not (yet) recognised in Germany: a recognition partnership lets the candidate work while recognition runs (§16d(3) AufenthG)',
        ],
        openQuestions: [
          'Is the qualification (at least two years of training, or a degree) state-recognised in the country where it was gained?',
          'Does the employer agree to the recognition partnership and to start the recognition procedure after entry?',
          ...(germanA2 ? [] : ['German at A2 is asked for (§16d(3) AufenthG)']),
          ...(s.regulated
            ? ['In a regulated profession the work before recognition needs a temporary permit, or is limited to assisting tasks']
            : []),
        ],
      };
    },
  },
];

/**
 * The legal route for this candidate and this offer. `today` decides the
 * threshold rows and who counts as a recent graduate.
 */
export function assessWorkPermit(
  candidate: Candidate,
  offer: Offer,
  thresholds: readonly BlueCardThreshold[],
  today: string,
  residenceThresholds: readonly ResidenceSalaryThreshold[] = RESIDENCE_SALARY_THRESHOLDS,
): RouteAssessment {
  const shortageOccupation = isShortageOccupation(offer.occupationIscoCode);
  const annualCents = offer.salary ? annualSalaryCents(offer.salary) : null;
  const base = {
    reasons: [] as string[],
    openQuestions: [] as string[],
    annualSalaryEur: annualCents === null ? null : annualCents / 100,
    salaryBasis: offer.salary ? salaryBasis(offer.salary) : null,
    threshold: null as AppliedThreshold | null,
    shortageOccupation,
    recentGraduate: false,
    changeOfPurpose: false,
    disclaimer: ROUTE_DISCLAIMER,
  };
  const result = (status: WorkPermitStatus, route: string): RouteAssessment => ({ ...base, status, route });

  if (candidate.workPermit === 'eu_citizen' || hasFreeMovement(candidate.citizenships)) {
    base.reasons.push('EU, EEA and Swiss citizens may work in Germany without a residence title');
    return result('not_needed', ROUTE.notNeededEu);
  }
  if (candidate.workPermit === 'has_permit') {
    const title = candidate.residenceTitle ?? null;
    const bound = title ? PURPOSE_BOUND[title] : undefined;
    if (!bound) {
      const allowed = title ? WORK_ALLOWED[title] : undefined;
      base.reasons.push(allowed ?? 'The candidate already holds a permit to work in Germany');
      if (!allowed) base.openQuestions.push('Which residence title is held, and does it allow this employment?');
      if (title === 'temporary_protection') base.openQuestions.push('Until when is the title valid (see the residence permit)?');
      return result('not_needed', ROUTE.notNeededPermit);
    }
    // A purpose-bound title: the target route, changed to in Germany (no visa, so no employer visa support is needed).
    base.changeOfPurpose = true;
    base.reasons.push(bound, 'For this job the residence purpose must change (applied for at the foreigners’ authority in Saxony)');
  } else if (!offer.visaSponsorship) {
    base.reasons.push('The candidate needs a visa and the offer does not support one');
    return result('excluded', ROUTE.excluded);
  }

  if (candidate.degrees.length === 0 && !['apprenticeship', 'internship'].includes(offer.contractType)) {
    const itYears = experienceYears(candidate, (code) => isItGroup(code));
    if (!(isItGroup(offer.occupationIscoCode) && itYears >= IT_MIN_YEARS)) {
      base.openQuestions.push(
        'No degree listed: the Blue Card and §18b need an academic degree, §18a a recognised vocational qualification',
      );
      return result('open_questions', ROUTE.noDegree);
    }
  }

  const regulated = !!offer.regulatedProfession;
  const usable = (d: CandidateDegree) => {
    const r = recognitionOf(d);
    if (regulated) return r === 'recognised' || PENDING.includes(r);
    return isAcademic(d) ? r === 'recognised' || r === 'comparable' || PENDING.includes(r) : r === 'recognised' || PENDING.includes(r);
  };
  const academic = candidate.degrees.filter((d) => isAcademic(d) && usable(d));
  const vocational = candidate.degrees.filter((d) => !isAcademic(d) && usable(d));
  base.recentGraduate = academic.some((d) => isRecentGraduate(d, today));

  const blockers: string[] = [];
  /** Open questions that keep the Blue Card undecided (missing contract length, salary or threshold row). */
  const undecided: string[] = [];
  let contractFits = true;
  if (offer.contractType === 'fixed_term') {
    const months = offer.contractDurationMonths ?? null;
    if (months === null) {
      undecided.push(`Contract duration unknown: a Blue Card needs a contract of at least ${BLUE_CARD_MIN_CONTRACT_MONTHS} months`);
    } else if (months < BLUE_CARD_MIN_CONTRACT_MONTHS) {
      contractFits = false;
      blockers.push(`Fixed-term contract of ${months} months: a Blue Card needs at least ${BLUE_CARD_MIN_CONTRACT_MONTHS}`);
    }
  }
  const trainingOffer = offer.contractType === 'apprenticeship' || offer.contractType === 'internship';
  const row = thresholdInForce(thresholds, today);
  if (annualCents === null) undecided.push('The offer states no salary: the Blue Card threshold cannot be checked');
  if (row === null) undecided.push(`No Blue Card salary threshold is on record for ${today}`);

  let tier: 'standard' | 'reduced' | null = null;
  if (row !== null && !trainingOffer) {
    const reducedAllowed = shortageOccupation || base.recentGraduate;
    if (annualCents !== null && annualCents >= toCents(row.standard)) tier = 'standard';
    else if (annualCents !== null && reducedAllowed && annualCents >= toCents(row.reduced)) tier = 'reduced';
    const applied = tier ?? (reducedAllowed ? 'reduced' : 'standard');
    base.threshold = {
      validFrom: row.validFrom,
      source: row.source,
      standard: row.standard,
      reduced: row.reduced,
      applied,
      amount: applied === 'reduced' ? row.reduced : row.standard,
    };
    if (academic.length > 0) {
      if (shortageOccupation)
        base.reasons.push(`ISCO-08 ${offer.occupationIscoCode} is a Blue Card shortage occupation (reduced threshold)`);
      if (base.recentGraduate) base.reasons.push(`Academic degree within the last ${RECENT_GRADUATE_YEARS} years (reduced threshold)`);
      if (academic.some((d) => isBoundaryYear(d, today)) && !academic.some((d) => isRecentGraduate(d, today) && !isBoundaryYear(d, today)))
        base.openQuestions.push(
          'Month of graduation not stated: it decides whether the degree is less than 3 years old (counted as recent here)',
        );
    }
    if (annualCents !== null && tier === null) {
      blockers.push(
        `Guaranteed salary ${formatEur(annualCents / 100)} a year is below the ${applied} Blue Card threshold of ${formatEur(base.threshold.amount)} (in force since ${row.validFrom})`,
      );
    }
  }
  const decided = contractFits && undecided.length === 0;

  const situation: Situation = {
    candidate,
    offer,
    annualCents,
    regulated,
    academic,
    vocational,
    tier: decided ? tier : null,
    blueCardUndecided: !decided && blockers.length === 0,
    blueCardBlockers: blockers,
    contractFits: decided,
    reducedCents: row ? toCents(row.reduced) : null,
    residence: residenceThresholdInForce(residenceThresholds, today),
  };

  const rule = TARGET_ROUTES.find((r) => r.decide(situation) !== null);
  if (!rule) {
    base.openQuestions.push(...undecided, 'No degree or recognised qualification carries a route for this offer');
    return result('open_questions', ROUTE.noDegree);
  }
  const verdict = rule.decide(situation)!;
  const status = rule.status;
  base.reasons.push(...(verdict.reasons ?? []));
  if (status === 'open_questions' || (status === 'section_18b' && !trainingOffer))
    base.openQuestions.unshift(...undecided.filter((q) => status === 'open_questions' || !q.startsWith('Contract')));
  base.openQuestions.push(...(verdict.openQuestions ?? []));
  if (['blue_card', 'blue_card_reduced', 'open_questions', 'section_18b'].includes(status))
    base.openQuestions.push(...pendingQuestions(academic, regulated));
  if (status === 'section_18a') base.openQuestions.push(...pendingQuestions(vocational, regulated));
  if (status === 'blue_card' || status === 'blue_card_reduced') {
    base.reasons.push(
      `Guaranteed salary ${formatEur(annualCents! / 100)} a year meets the ${tier} threshold of ${formatEur(base.threshold!.amount)} (in force since ${row!.validFrom})`,
    );
  }
  if (status === 'section_18a' || status === 'section_18b') base.openQuestions.push(...age45Question(situation));
  if (regulated && status !== 'internship' && status !== 'training_16a') {
    base.openQuestions.push(
      `${offer.regulatedProfession!.profession} is a regulated profession: the licence is needed before working in it (§18(2) no. 3 AufenthG)`,
    );
  }
  return result(status, status === 'open_questions' ? ROUTE.openQuestions : ROUTE[status]);
}

/** §18(2) no. 5 AufenthG: a first §18a/§18b title at 45 or older needs ≥ 55 % of the pension ceiling. Age is not stored. */
function age45Question(s: Situation): string[] {
  if (!s.residence) return [];
  if (s.annualCents !== null && s.annualCents >= toCents(s.residence.age45)) return [];
  return [
    `If the candidate is 45 or older and this is their first skilled-worker title, the salary must be at least ${formatEur(s.residence.age45)} a year (55 % of the pension ceiling, in force since ${s.residence.validFrom}) unless an adequate pension is shown (§18(2) no. 5 AufenthG)`,
  ];
}

/** Months since year 0, for "within 3 years" to the month. */
const monthIndex = (year: number, month: number) => year * 12 + (month - 1);

/**
 * §18g(1) sentence 2 no. 2: a degree gained no more than 3 years before.
 * With the month: exact to the month. Without it: the year decides, generously
 * (a degree of 2023 counts all of 2026).
 */
export function isRecentGraduate(d: Pick<CandidateDegree, 'graduationYear' | 'graduationMonth'>, today: string): boolean {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (d.graduationMonth) return monthIndex(d.graduationYear, d.graduationMonth) >= monthIndex(year - RECENT_GRADUATE_YEARS, month);
  return d.graduationYear >= year - RECENT_GRADUATE_YEARS;
}

function isBoundaryYear(d: CandidateDegree, today: string): boolean {
  return !d.graduationMonth && d.graduationYear === Number(today.slice(0, 4)) - RECENT_GRADUATE_YEARS;
}

/**
 * Whether recognition or a licence is needed for this pair, the candidate's
 * status, and what to do next. A regulated profession needs its licence
 * whatever the citizenship (EU citizens too).
 */
export function assessRecognition(candidate: Candidate, offer: Offer, route: WorkPermitStatus): RecognitionExplanation {
  const regulated = offer.regulatedProfession ?? null;
  const status = bestRecognition(candidate.degrees);
  const academicRoute = ['blue_card', 'blue_card_reduced', 'section_18b', 'open_questions'].includes(route);
  const required = regulated !== null || academicRoute || route === 'section_18a' || route === 'recognition_partnership_16d';
  let note: string;
  if (regulated) {
    note =
      `${regulated.profession} is a regulated profession in Germany: working in it needs ${regulated.licence}, also for EU citizens. ` +
      `Ask the ${regulated.authority}; the Anerkennungs-Finder (anerkennung-in-deutschland.de) lists the documents.`;
    if (status === 'recognised') note += ' The candidate states that the qualification is recognised.';
  } else if (route === 'section_18a' || route === 'recognition_partnership_16d') {
    note =
      status === 'recognised'
        ? 'The vocational qualification is recognised: nothing more to do.'
        : 'Apply for recognition of the qualification (Gleichwertigkeitsfeststellung); the Anerkennungs-Finder (anerkennung-in-deutschland.de) names the office, for IHK occupations the IHK FOSA.';
  } else if (academicRoute) {
    note =
      status === 'recognised' || status === 'comparable'
        ? 'The degree is recognised or comparable: keep the anabin printout or the ZAB statement for the visa.'
        : 'Check the degree in anabin (institution "H+", degree "entspricht"); if it is not listed there, ask the ZAB for a statement of comparability (Zeugnisbewertung).';
  } else {
    note = 'No recognition is needed for this route.';
  }
  return { required, regulatedProfession: regulated !== null, status, note };
}

const RECOGNITION_ORDER: readonly RecognitionStatus[] = ['recognised', 'comparable', 'in_progress', 'partial', 'none', 'unknown'];

function bestRecognition(degrees: CandidateDegree[]): RecognitionStatus {
  let best: RecognitionStatus = 'unknown';
  for (const d of degrees) {
    const r = recognitionOf(d);
    if (RECOGNITION_ORDER.indexOf(r) < RECOGNITION_ORDER.indexOf(best)) best = r;
  }
  return best;
}
