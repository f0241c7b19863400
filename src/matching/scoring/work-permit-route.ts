import type {
  AppliedThreshold,
  BlueCardThreshold,
  CandidateFacts,
  DegreeLevel,
  OfferFacts,
  WorkPermitExplanation,
  WorkPermitStatus,
} from './match-facts';
import { DEGREE_LEVELS } from './match-facts';
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

const ROUTE = {
  notNeededEu: 'No work visa needed (EU/EEA citizen)',
  notNeededPermit: 'No work visa needed (already holds a work permit)',
  excluded: 'Needs a visa, but the offer does not sponsor one',
  blueCard: 'EU Blue Card (§18g(1) AufenthG)',
  blueCardReduced:
    'EU Blue Card at the reduced salary threshold (§18g(1) sentence 2 AufenthG), with the Federal Employment Agency’s approval',
  section18b: 'Skilled worker with academic training (§18b AufenthG), with the Federal Employment Agency’s approval',
  section18a: 'Skilled worker with vocational training (§18a AufenthG), with the Federal Employment Agency’s approval',
  openQuestions: 'Visa route open: EU Blue Card (§18g) or §18b AufenthG, depending on the open questions',
  noDegree: 'Visa route open: §18g/§18b need an academic degree, §18a a vocational qualification',
} as const;

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
      base.openQuestions.push(
        `Contract duration unknown: a Blue Card needs a contract of at least ${BLUE_CARD_MIN_CONTRACT_MONTHS} months`,
      );
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
