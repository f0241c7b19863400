/** CEFR levels in order; `native` is highest. Ranks are what the index filters on ("at least B2" = rank >= 4). */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export const languageLevelRank = (level: LanguageLevel): number => LANGUAGE_LEVELS.indexOf(level) + 1;

export const DEGREE_LEVELS = ['vocational', 'bachelor', 'master', 'phd'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];
/** vocational = 1 … phd = 4; 0 means no degree. */
export const degreeLevelRank = (level: DegreeLevel): number => DEGREE_LEVELS.indexOf(level) + 1;

export const WORK_PERMITS = ['eu_citizen', 'has_permit', 'needs_visa'] as const;
export type WorkPermit = (typeof WORK_PERMITS)[number];

export const VISIBILITIES = ['hidden', 'employers'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
