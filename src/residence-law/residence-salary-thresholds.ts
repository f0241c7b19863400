import { isoDay } from '../common/iso-date';

/**
 * Salary thresholds of the residence law other than the Blue Card's (those are
 * staff-maintained rows in blue_card_thresholds), effective-dated the same way:
 * the row in force on a day is the latest one whose validFrom is on or before
 * it. All derive from the pension-insurance ceiling (Beitragsbemessungsgrenze,
 * BBG) of the year; 2027 is one more row here, no code change.
 * Sources per row; the derivation is in README.md.
 */
export interface ResidenceSalaryThreshold {
  validFrom: string;
  /** Beitragsbemessungsgrenze of the general pension insurance, EUR a year. */
  pensionCeiling: number;
  /** §19c(2) AufenthG + §6 BeschV (experience-based employment): 45 % of the BBG, gross EUR a year. */
  experience19c: number;
  /** §18(2) no. 5 AufenthG (first §18a/§18b title at 45 or older): 55 % of the BBG, gross EUR a year. */
  age45: number;
  source: string;
}

export const RESIDENCE_SALARY_THRESHOLDS: readonly ResidenceSalaryThreshold[] = [
  {
    validFrom: '2024-03-01',
    pensionCeiling: 90600,
    experience19c: 40770,
    age45: 49830,
    source: 'BBG 2024 €90,600; BMI notice 2024 (55 % = €49,830); §6 BeschV as of 1 March 2024 (45 % = €40,770)',
  },
  {
    validFrom: '2025-01-01',
    pensionCeiling: 96600,
    experience19c: 43470,
    age45: 53130,
    source: 'BBG 2025 €96,600 (Sozialversicherungsrechengrößen-Verordnung 2025); 45 % and 55 % computed',
  },
  {
    validFrom: '2026-01-01',
    pensionCeiling: 101400,
    experience19c: 45630,
    age45: 55770,
    source:
      'BBG 2026 €101,400 (Sozialversicherungsrechengrößen-Verordnung 2026); 45 % and 55 % computed, to be checked against the BMI notice',
  },
];

/** The row in force on `today`, null before the first one. */
export function residenceThresholdInForce(rows: readonly ResidenceSalaryThreshold[], today: string): ResidenceSalaryThreshold | null {
  const day = isoDay(today);
  let best: ResidenceSalaryThreshold | null = null;
  for (const row of rows) {
    const from = isoDay(row.validFrom);
    if (from <= day && (best === null || from > isoDay(best.validFrom))) best = row;
  }
  return best;
}
