import type {
  AppliedThreshold,
  BlueCardThreshold,
  CandidateFacts,
  DegreeLevel,
  OfferFacts,
  OfferSalary,
  WorkPermitExplanation,
  WorkPermitStatus,
} from './match-facts';
import { DEGREE_LEVELS } from './match-facts';
import { isoDay } from './iso-date';

/**
 * ISCO-08 groups whose Blue Card uses the reduced salary threshold
 * (§18g(1) sentence 2 no. 1 AufenthG): managers 132, 133, 134; science and
 * engineering professionals 21; medical doctors 221; nursing and midwifery
 * professionals 222; veterinarians 225; other health professionals 226
 * (the law names dentists and pharmacists); teaching professionals 23; ICT
 * professionals 25. An offer's 4-digit code matches by prefix.
 */
export const BLUE_CARD_SHORTAGE_ISCO_GROUPS: readonly string[] = ['132', '133', '134', '21', '221', '222', '225', '226', '23', '25'];

/** Hours a year for an hourly salary: 40 hours a week × 52 weeks. */
export const HOURS_PER_YEAR = 40 * 52;
/** A graduate counts as a recent graduate (reduced threshold) when graduationYear ≥ this year − 3. */
export const RECENT_GRADUATE_YEARS = 3;
/** A Blue Card needs an employment contract of at least this many months (§18g(1) AufenthG). */
export const BLUE_CARD_MIN_CONTRACT_MONTHS = 6;

const PERIOD_FACTOR = { year: 1, month: 12, hour: HOURS_PER_YEAR } as const;
const PERIOD_WORD = { year: 'year', month: 'month', hour: 'hour' } as const;

const ROUTE = {
  notNeededEu: 'No work visa needed (EU/EEA citizen)',
  notNeededPermit: 'No work visa needed (already holds a work permit)',
  excluded: 'Needs a visa, but the offer does not sponsor one',
  blueCard: 'EU Blue Card (§18g(1) AufenthG)',
  blueCardReduced: 'EU Blue Card at the reduced salary threshold (§18g(1) sentence 2 AufenthG), with the Federal Employment Agency’s approval',
  section18b: 'Skilled worker with academic training (§18b AufenthG), with the Federal Employment Agency’s approval',
  section18a: 'Skilled worker with vocational training (§18a AufenthG), with the Federal Employment Agency’s approval',
  openQuestions: 'Visa route open: EU Blue Card (§18g) or §18b AufenthG, depending on the open questions',
  noDegree: 'Visa route open: §18g/§18b need an academic degree, §18a a vocational qualification',
} as const;

/** "48,300.00 EUR" — fixed format, independent of the machine's locale. */
export function formatEur(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split('.');
  return `${amount < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents} EUR`;
}

const toCents = (eur: number) => Math.round(eur * 100);

/** Guaranteed annual gross salary in cents (from salary.min): year as is, month × 12, hour × 40 × 52. */
export function annualSalaryCents(salary: OfferSalary): number {
  return toCents(salary.min) * PERIOD_FACTOR[salary.period];
}

function salaryBasis(salary: OfferSalary): string {
  const per = `${formatEur(salary.min)} per ${PERIOD_WORD[salary.period]}`;
  if (salary.period === 'year') return `${per} (salary.min)`;
  if (salary.period === 'month') return `${per} × 12 (salary.min)`;
  return `${per} × 40 hours × 52 weeks (salary.min)`;
}

/** The row in force on `today`: the latest validFrom on or before it; null when none has started yet. */
export function thresholdInForce(thresholds: readonly BlueCardThreshold[], today: string): BlueCardThreshold | null {
  const day = isoDay(today);
  let best: BlueCardThreshold | null = null;
  for (const row of thresholds) {
    const from = isoDay(row.validFrom);
    if (from <= day && (best === null || from > isoDay(best.validFrom))) best = row;
  }
  return best;
}

export function isShortageOccupation(iscoCode: string | null): boolean {
  if (!iscoCode) return false;
  const code = iscoCode.trim();
  return BLUE_CARD_SHORTAGE_ISCO_GROUPS.some((group) => code.startsWith(group));
}

const degreeRank = (level: DegreeLevel) => DEGREE_LEVELS.indexOf(level) + 1;
const isAcademic = (level: DegreeLevel) => degreeRank(level) >= degreeRank('bachelor');

type RouteAssessment = Omit<WorkPermitExplanation, 'share' | 'weight'>;

/**
 * The legal route for this candidate and this offer (see the README section
 * "Matching: scoring" for the rules). Pure; `today` decides the threshold row
 * and who counts as a recent graduate.
 */
export function assessWorkPermit(
  candidate: Pick<CandidateFacts, 'workPermit' | 'degrees'>,
  offer: Pick<OfferFacts, 'visaSponsorship' | 'salary' | 'contractType' | 'contractDurationMonths' | 'occupationIscoCode'>,
  thresholds: readonly BlueCardThreshold[],
  today: string,
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
  };
  const result = (status: WorkPermitStatus, route: string): RouteAssessment => ({ status, route, ...base });

  if (candidate.workPermit === 'eu_citizen') {
    base.reasons.push('EU/EEA citizens may work in Germany without a visa');
    return result('not_needed', ROUTE.notNeededEu);
  }
  if (candidate.workPermit === 'has_permit') {
    base.reasons.push('The candidate already holds a permit to work in Germany');
    return result('not_needed', ROUTE.notNeededPermit);
  }
  if (!offer.visaSponsorship) {
    base.reasons.push('The candidate needs a visa and the offer does not sponsor visas');
    return result('excluded', ROUTE.excluded);
  }

  const academic = candidate.degrees.filter((d) => isAcademic(d.level));
  const currentYear = Number(today.slice(0, 4));
  base.recentGraduate = academic.some((d) => d.graduationYear >= currentYear - RECENT_GRADUATE_YEARS);

  if (candidate.degrees.length === 0) {
    base.openQuestions.push('No degree listed: the Blue Card and §18b need an academic degree, §18a a recognised vocational qualification');
    return result('open_questions', ROUTE.noDegree);
  }
  if (academic.length === 0) {
    base.reasons.push('The highest degree is vocational: the Blue Card and §18b need an academic degree');
    base.reasons.push('The vocational qualification must be recognised as equivalent to a German one');
    return result('section_18a', ROUTE.section18a);
  }

  const blockers: string[] = [];
  if (offer.contractType === 'internship') {
    blockers.push('An internship is not Blue Card employment; internships may need a residence title of their own');
  } else if (offer.contractType === 'apprenticeship') {
    blockers.push('An apprenticeship is vocational training, not Blue Card employment (training has its own route, §16a AufenthG)');
  } else if (offer.contractType === 'fixed_term') {
    const months = offer.contractDurationMonths ?? null;
    if (months === null) {
      base.openQuestions.push(`Contract duration unknown: a Blue Card needs a contract of at least ${BLUE_CARD_MIN_CONTRACT_MONTHS} months`);
    } else if (months < BLUE_CARD_MIN_CONTRACT_MONTHS) {
      blockers.push(`Fixed-term contract of ${months} months: a Blue Card needs at least ${BLUE_CARD_MIN_CONTRACT_MONTHS}`);
    }
  }

  const row = thresholdInForce(thresholds, today);
  if (annualCents === null) base.openQuestions.push('The offer states no salary: the Blue Card threshold cannot be checked');
  if (row === null) base.openQuestions.push(`No Blue Card salary threshold is on record for ${today}`);

  let salaryTier: 'standard' | 'reduced' | null = null;
  if (row !== null) {
    const reducedAllowed = shortageOccupation || base.recentGraduate;
    const standardCents = toCents(row.standard);
    const reducedCents = toCents(row.reduced);
    if (annualCents !== null && annualCents >= standardCents) salaryTier = 'standard';
    else if (annualCents !== null && reducedAllowed && annualCents >= reducedCents) salaryTier = 'reduced';
    const applied = salaryTier ?? (reducedAllowed ? 'reduced' : 'standard');
    base.threshold = {
      validFrom: row.validFrom,
      source: row.source,
      standard: row.standard,
      reduced: row.reduced,
      applied,
      amount: applied === 'reduced' ? row.reduced : row.standard,
    };
    if (shortageOccupation) base.reasons.push(`ISCO-08 ${offer.occupationIscoCode} is a Blue Card shortage occupation (reduced threshold)`);
    if (base.recentGraduate) base.reasons.push(`Academic degree within the last ${RECENT_GRADUATE_YEARS} years (reduced threshold)`);
    if (annualCents !== null && salaryTier === null) {
      blockers.push(
        `Guaranteed salary ${formatEur(annualCents / 100)} a year is below the ${applied} Blue Card threshold of ${formatEur(base.threshold.amount)} (in force since ${row.validFrom})`,
      );
    }
  }

  if (blockers.length > 0) {
    base.reasons.push(...blockers);
    return result('section_18b', ROUTE.section18b);
  }
  if (base.openQuestions.length > 0 || salaryTier === null) return result('open_questions', ROUTE.openQuestions);
  base.reasons.push(
    `Guaranteed salary ${formatEur(annualCents! / 100)} a year meets the ${salaryTier} threshold of ${formatEur(base.threshold!.amount)} (in force since ${row!.validFrom})`,
  );
  return salaryTier === 'standard' ? result('blue_card', ROUTE.blueCard) : result('blue_card_reduced', ROUTE.blueCardReduced);
}

/**
 * The warning shown to an employer who posts an offer with visa sponsorship
 * whose guaranteed annual salary (salary.min) is below the Blue Card
 * threshold for its occupation: the reduced one for shortage occupations,
 * otherwise the standard one. Null when there is nothing to warn about (no
 * sponsorship, no salary, no threshold row in force, or salary high enough).
 */
export function blueCardSalaryWarning(
  offer: Pick<OfferFacts, 'salary' | 'visaSponsorship'>,
  occupationIscoCode: string | null,
  thresholds: readonly BlueCardThreshold[],
  today: string,
): string | null {
  if (!offer.visaSponsorship || !offer.salary) return null;
  const row = thresholdInForce(thresholds, today);
  if (!row) return null;
  const shortage = isShortageOccupation(occupationIscoCode);
  const applicable = shortage ? row.reduced : row.standard;
  const annualCents = annualSalaryCents(offer.salary);
  if (annualCents >= toCents(applicable)) return null;
  const tier = shortage ? 'reduced threshold for shortage occupations' : 'standard threshold';
  let text =
    `The guaranteed salary of ${formatEur(annualCents / 100)} a year (${salaryBasis(offer.salary)}) is below the EU Blue Card ` +
    `${tier} of ${formatEur(applicable)} (in force since ${row.validFrom}; ${row.source}). ` +
    'Candidates who need a visa could then come only as skilled workers under §18b or §18a AufenthG, with the Federal Employment Agency’s approval.';
  if (!shortage && annualCents >= toCents(row.reduced)) {
    text += ` Graduates whose degree is less than ${RECENT_GRADUATE_YEARS} years old can still get a Blue Card at the reduced threshold of ${formatEur(row.reduced)}.`;
  }
  return text;
}
