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
import type { RecognitionStatus, ResidenceTitle } from '../../residence-law/residence-facts';
import type { ResidenceSalaryThreshold } from '../../residence-law/residence-salary-thresholds';
export type { RecognitionStatus, ResidenceTitle, ResidenceSalaryThreshold };

export interface CandidateLanguage {
  /** ISO 639-1, e.g. "de" (compared case-insensitively). */
  code: string;
  level: LanguageLevel;
}

export interface CandidateDegree {
  level: DegreeLevel;
  field: string;
  graduationYear: number;
  /** 1–12 when stated: decides "recent graduate" to the month (else the year decides, generously). */
  graduationMonth?: number | null;
  /** ISO 3166-1 alpha-2 of the country of the degree ("DE": a German degree needs no recognition). */
  country?: string;
  /** Recognition in Germany; absent = unknown. */
  recognition?: RecognitionStatus;
}

export interface CandidateExperience {
  /** ESCO occupation URI, null when the words did not resolve. */
  occupationUri: string | null;
  /** ISCO-08 unit group of that occupation, null if unknown. */
  iscoCode: string | null;
  years: number;
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
  /** ISO 3166-1 alpha-2; any EU/EEA/Swiss one means free movement. Absent = not stated. */
  citizenships?: string[];
  /** The residence title held now (with workPermit "has_permit"); absent = not stated. */
  residenceTitle?: ResidenceTitle | null;
  /** Work experience per occupation. */
  experience?: CandidateExperience[];
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
  /** The regulated profession of the offer's occupation (residence-law/regulated-professions.ts); null or absent = not regulated. */
  regulatedProfession?: { profession: string; licence: string; authority: string } | null;
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
  /** Effective-dated §19c(2) and 45+ salary thresholds; absent = the shipped table (residence-law). */
  residenceThresholds?: readonly ResidenceSalaryThreshold[];
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

export const WORK_PERMIT_STATUSES = [
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
] as const;
export type WorkPermitStatus = (typeof WORK_PERMIT_STATUSES)[number];

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
  /** A purpose-bound title held in Germany (study, job search, Opportunity Card, §16d) must be changed to this route first. */
  changeOfPurpose: boolean;
  /** One line: guidance, not a legal decision. */
  disclaimer: string;
}

/** Whether recognition or a licence is needed for this pair, and what to do next. Not scored. */
export interface RecognitionExplanation {
  required: boolean;
  regulatedProfession: boolean;
  /** The candidate's recognition status that counts for this pair (best over the degrees; `unknown` without one). */
  status: RecognitionStatus;
  note: string;
}

export interface MatchExplanation {
  skills: SkillsExplanation;
  occupation: OccupationExplanation;
  languages: LanguagesExplanation;
  location: LocationExplanation;
  availability: AvailabilityExplanation;
  degree: DegreeExplanation;
  workPermit: WorkPermitExplanation;
  recognition: RecognitionExplanation;
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
