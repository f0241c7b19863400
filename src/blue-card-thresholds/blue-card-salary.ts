import type { SalaryPeriod } from '../common/reference/levels';
import { isoDay } from '../common/iso-date';
import { regulatedProfessionOf } from '../residence-law/regulated-professions';
import { RESIDENCE_SALARY_THRESHOLDS, residenceThresholdInForce } from '../residence-law/residence-salary-thresholds';

/**
 * The EU Blue Card salary rule (§18g AufenthG) on its own: which threshold row
 * is in force, which occupations get the reduced threshold, and the warning an
 * employer gets for a sponsored offer below it. Pure; matching's work-permit
 * route and the offer warning both build on it.
 */

export interface OfferSalary {
  min: number;
  max: number;
  currency: 'EUR';
  period: SalaryPeriod;
}

/** One effective-dated threshold row (annual gross EUR). */
export interface BlueCardThreshold {
  /** ISO date from which the row applies; the row in force is the latest one on or before `today`. */
  validFrom: string;
  standard: number;
  /** For shortage occupations and recent graduates (§18g(1) sentence 2 AufenthG). */
  reduced: number;
  source: string;
}

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

/** "48,300.00 EUR" — fixed format, independent of the machine's locale. */
export function formatEur(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split('.');
  return `${amount < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents} EUR`;
}

export const toCents = (eur: number) => Math.round(eur * 100);

/** Guaranteed annual gross salary in cents (from salary.min): year as is, month × 12, hour × 40 × 52. */
export function annualSalaryCents(salary: OfferSalary): number {
  return toCents(salary.min) * PERIOD_FACTOR[salary.period];
}

export function salaryBasis(salary: OfferSalary): string {
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

const IT_GROUPS = ['133', '25'];

/** The other routes that may fit below the Blue Card threshold, in words (docs/matching-routes.md). */
function alternatives(iscoCode: string | null, annualCents: number, today: string): string {
  const routes: string[] = [];
  const code = iscoCode?.trim() ?? '';
  if (IT_GROUPS.some((g) => code.startsWith(g)))
    routes.push('IT specialists without a degree with at least 3 years of experience under §18g(2) AufenthG (at the reduced threshold)');
  const residence = residenceThresholdInForce(RESIDENCE_SALARY_THRESHOLDS, today);
  const regulated = regulatedProfessionOf(null, iscoCode);
  if (!regulated && residence && annualCents >= toCents(residence.experience19c))
    routes.push(
      `people with at least 2 years of experience and a qualification recognised in their home country under §19c(2) AufenthG with §6 BeschV (salary at least ${formatEur(residence.experience19c)})`,
    );
  routes.push('people whose qualification is being recognised, in a recognition partnership under §16d(3) AufenthG');
  return `; also ${routes.join('; ')}`;
}

/**
 * The warning shown to an employer who posts an offer with visa sponsorship
 * whose guaranteed annual salary (salary.min) is below the Blue Card
 * threshold for its occupation: the reduced one for shortage occupations,
 * otherwise the standard one. Null when there is nothing to warn about (no
 * sponsorship, no salary, no threshold row in force, or salary high enough).
 */
export function blueCardSalaryWarning(
  offer: { salary: OfferSalary | null; visaSponsorship: boolean },
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
    `Candidates who need a visa could then come as skilled workers under §18b or §18a AufenthG, with the Federal Employment Agency’s approval${alternatives(occupationIscoCode, annualCents, today)}.`;
  if (!shortage && annualCents >= toCents(row.reduced)) {
    text += ` Graduates whose degree is less than ${RECENT_GRADUATE_YEARS} years old can still get a Blue Card at the reduced threshold of ${formatEur(row.reduced)}.`;
  }
  return text;
}
