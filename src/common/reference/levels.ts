/**
 * The ordered vocabularies shared by profiles, offers, search and matching.
 * One definition each: the ranks here are what the indexes filter on and what
 * the scorer compares, so they must never drift apart.
 */

/** CEFR levels in ascending order; `native` counts above C2. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
/** A1 = 1 … C2 = 6, native = 7 ("at least B2" = rank >= 4). */
export const languageLevelRank = (level: LanguageLevel): number => LANGUAGE_LEVELS.indexOf(level) + 1;

/** Degree levels in ascending order. */
export const DEGREE_LEVELS = ['vocational', 'bachelor', 'master', 'phd'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];
/** vocational = 1 … phd = 4; 0 means no degree. */
export const degreeLevelRank = (level: DegreeLevel): number => DEGREE_LEVELS.indexOf(level) + 1;

export const WORK_PERMITS = ['eu_citizen', 'has_permit', 'needs_visa'] as const;
export type WorkPermit = (typeof WORK_PERMITS)[number];

export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export type Workplace = (typeof WORKPLACES)[number];

export const CONTRACT_TYPES = ['permanent', 'fixed_term', 'internship', 'apprenticeship'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const SALARY_PERIODS = ['year', 'month', 'hour'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];
