/**
 * Plain inputs and outputs of the matching scorer. No Nest, no TypeORM: the
 * caller maps a candidate profile and a job offer to these facts, and the
 * scorer (score-match.ts) turns one pair into a score with its explanation.
 */

export {
  CONTRACT_TYPES,
  DEGREE_LEVELS,
  LANGUAGE_LEVELS,
  SALARY_PERIODS,
  WORK_PERMITS,
  WORKPLACES,
  type ContractType,
  type DegreeLevel,
  type LanguageLevel,
  type SalaryPeriod,
  type WorkPermit,
  type Workplace,
} from '../../common/reference/levels';
import type { ContractType, DegreeLevel, LanguageLevel, WorkPermit, Workplace } from '../../common/reference/levels';

export interface CandidateLanguage {
  /** ISO 639-1, e.g. "de" (compared case-insensitively). */
  code: string;
  level: LanguageLevel;
}

export interface CandidateDegree {
  level: DegreeLevel;
  field: string;
  graduationYear: number;
}

export interface CandidateFacts {
  /** ESCO skill concept URIs the candidate holds. */
  skillUris: string[];
  /** Skills that did not resolve to ESCO, as typed (the scorer normalises them again). */
  freeTextSkills: string[];
  /** ESCO occupation URIs the candidate wants to work in. */
  desiredOccupationUris: string[];
  /**
   * ISCO-08 unit groups (4 digits) of the desired occupations, for partial
   * credit when the offer's occupation is a neighbour. Optional: without it
   * only an exact occupation URI counts.
   */
  desiredOccupationIscoCodes?: string[];
  languages: CandidateLanguage[];
  /** Saxon municipalities, as typed. */
  preferredCities: string[];
  openToRemote: boolean;
  /** Lives in Poland or Czechia (or elsewhere across the border) and commutes. */
  crossBorderCommuter: boolean;
  /** ISO 3166-1 alpha-2 of where the candidate lives: a commuter from PL (CZ) counts for districts on that border. */
  residenceCountry?: string | null;
  /** ISO date (YYYY-MM-DD); null = not stated (half the availability share; candidates/availability.ts). */
  availableFrom: string | null;
  degrees: CandidateDegree[];
  workPermit: WorkPermit;
}

export interface OfferSkill {
  /** ESCO skill URI, or null when the employer's words did not resolve to ESCO. */
  escoUri: string | null;
  label: string;
}

export interface OfferLanguage {
  code: string;
  minLevel: LanguageLevel;
}

export type { BlueCardThreshold, OfferSalary } from '../../blue-card-thresholds/blue-card-salary';
import type { BlueCardThreshold, OfferSalary } from '../../blue-card-thresholds/blue-card-salary';

export interface OfferFacts {
  requiredSkills: OfferSkill[];
  optionalSkills: OfferSkill[];
  /** ESCO occupation URI of the offer, null if unknown. */
  occupationUri: string | null;
  /** ISCO-08 unit group (4 digits) of the offer's occupation, null if unknown. */
  occupationIscoCode: string | null;
  languages: OfferLanguage[];
  /** Saxon municipality of the workplace, as typed. */
  city: string;
  /** Postcode of the workplace: it decides the district (places/saxon-places.ts); null or absent = by the city. */
  postalCode?: string | null;
  workplace: Workplace;
  contractType: ContractType;
  /** Null when the offer states no salary (the visa route then has an open question). */
  salary: OfferSalary | null;
  visaSponsorship: boolean;
  minDegree: DegreeLevel | null;
  /** ISO date; null = as soon as possible. */
  startDate: string | null;
  /** Length of a fixed-term contract in months; null or absent = unknown (or not fixed-term). */
  contractDurationMonths?: number | null;
}

export interface ScoringContext {
  /** ISO date the scoring is done for (injected, so scores are deterministic). */
  today: string;
  blueCardThresholds: readonly BlueCardThreshold[];
  /**
   * Skill URI → URIs of related skills (e.g. ESCO's broader/narrower or
   * same-occupation neighbours). A required skill the candidate lacks but whose
   * related skill they hold counts half. Checked in both directions.
   */
  relatedSkills?: ReadonlyMap<string, readonly string[]>;
}

/** Points a factor contributed (`share`) out of its maximum (`weight`). */
export interface FactorShare {
  share: number;
  weight: number;
}

export interface RelatedSkillMatch {
  /** The offer's skill. */
  label: string;
  /** The candidate's skill that is related to it. */
  viaSkillUri: string;
}

export interface SkillsExplanation extends FactorShare {
  /** Offer skills the candidate holds (required first, then optional). */
  matched: string[];
  /** Offer skills the candidate does not hold but holds a related skill of (half credit). */
  related: RelatedSkillMatch[];
  /** Required skills the candidate lacks (not even related). */
  missing: string[];
  /** Optional skills the candidate lacks (not even related). */
  missingOptional: string[];
  matchedEssential: number;
  relatedEssential: number;
  essentialTotal: number;
  matchedOptional: number;
  relatedOptional: number;
  optionalTotal: number;
}

export type OccupationRule = 'desired' | 'same_isco_unit_group' | 'same_isco_minor_group' | 'unknown' | 'none';
export interface OccupationExplanation extends FactorShare {
  rule: OccupationRule;
  note: string;
}

export interface LanguageCheck {
  code: string;
  minLevel: LanguageLevel;
  /** The candidate's level, null if they do not speak it. */
  level: LanguageLevel | null;
  /** Levels above the minimum (0 when exactly met; negative when unmet, null when not spoken). */
  levelsAbove: number | null;
}
export interface LanguagesExplanation extends FactorShare {
  met: LanguageCheck[];
  unmet: LanguageCheck[];
  note: string;
}

export type LocationRule = 'same_city' | 'remote' | 'same_district' | 'border_commuter' | 'hybrid_remote' | 'no_preference' | 'none';
export interface LocationExplanation extends FactorShare {
  rule: LocationRule;
  offerCity: string;
  /** District (Landkreis or kreisfreie Stadt) of the workplace, by its postcode or else its city; null outside Saxony. */
  offerDistrict: string | null;
  /** The candidate's preferred city that counted, if any. */
  candidateCity: string | null;
  note: string;
}

export type AvailabilityRule = 'on_time' | 'late' | 'unknown';
export interface AvailabilityExplanation extends FactorShare {
  rule: AvailabilityRule;
  availableFrom: string | null;
  /** The start date compared against: the offer's, or today when it has none or it is past. */
  startDate: string;
  daysLate: number | null;
  note: string;
}

export type DegreeRule = 'not_required' | 'meets' | 'below';
export interface DegreeExplanation extends FactorShare {
  rule: DegreeRule;
  required: DegreeLevel | null;
  highest: DegreeLevel | null;
  note: string;
}

export type WorkPermitStatus =
  'not_needed' | 'blue_card' | 'blue_card_reduced' | 'section_18b' | 'section_18a' | 'open_questions' | 'excluded';

export interface AppliedThreshold {
  validFrom: string;
  source: string;
  standard: number;
  reduced: number;
  /** Which of the two the salary was finally compared with. */
  applied: 'standard' | 'reduced';
  amount: number;
}

export interface WorkPermitExplanation extends FactorShare {
  status: WorkPermitStatus;
  /** The route in words, e.g. "EU Blue Card (§18g(1) AufenthG)". */
  route: string;
  reasons: string[];
  /** What is missing to decide (status `open_questions`, or details the authority will ask). */
  openQuestions: string[];
  /** Guaranteed annual gross salary (from `salary.min`), null when the offer has none. */
  annualSalaryEur: number | null;
  /** How it was computed, e.g. "4,025.00 EUR/month × 12". */
  salaryBasis: string | null;
  threshold: AppliedThreshold | null;
  shortageOccupation: boolean;
  recentGraduate: boolean;
}

export interface MatchExplanation {
  skills: SkillsExplanation;
  occupation: OccupationExplanation;
  languages: LanguagesExplanation;
  location: LocationExplanation;
  availability: AvailabilityExplanation;
  degree: DegreeExplanation;
  workPermit: WorkPermitExplanation;
}

export interface MatchScore {
  /** 0..100 with one decimal; exactly the sum of the factors' shares. */
  score: number;
  /** False when a hard requirement fails: the caller drops the pair. */
  eligible: boolean;
  /** Why the pair is not eligible (empty when eligible). */
  exclusions: string[];
  explanation: MatchExplanation;
}
