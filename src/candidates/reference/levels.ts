export {
  DEGREE_LEVELS,
  LANGUAGE_LEVELS,
  WORK_PERMITS,
  degreeLevelRank,
  languageLevelRank,
  type DegreeLevel,
  type LanguageLevel,
  type WorkPermit,
} from '../../common/reference/levels';

export const VISIBILITIES = ['hidden', 'employers'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
