import type { WorkPermitStatus } from './match-facts';
/**
 * How many of the 100 points each factor can contribute. The README section
 * "Matching: scoring" documents the same table; change both together.
 */
export const MATCH_WEIGHTS = {
  /** The core of fit: can the person do the job. ESCO skills are the richest, most comparable signal we hold. */
  skills: 45,
  /** Does the person want this kind of job; a strong hint, but skills already carry most of the same information. */
  occupation: 10,
  /** Required levels are a hard requirement (below → excluded); the points reward meeting and exceeding them. */
  languages: 15,
  /** Whether the person can and wants to get to the workplace; the Saxon districts and border region matter here. */
  location: 10,
  /** A start months later than wanted still works for many employers, so it only shifts the ranking. */
  availability: 8,
  /** Degree level rarely decides alone and an offer's minimum is often soft: below it ranks lower but is not excluded. */
  degree: 7,
  /** How easy the hire is legally; "no visa possible" is already excluded, so what is left is a small nudge. */
  workPermit: 5,
} as const;

export type MatchFactor = keyof typeof MATCH_WEIGHTS;

/** The order factors are listed, rounded and tie-broken in. */
export const MATCH_FACTORS: readonly MatchFactor[] = [
  'skills',
  'occupation',
  'languages',
  'location',
  'availability',
  'degree',
  'workPermit',
];

/** Within the skills weight: required ("essential") skills count three times as much as optional ones. */
export const SKILL_SPLIT = { essential: 0.75, optional: 0.25 } as const;
/** A skill held only through a related skill (ScoringContext.relatedSkills) counts this much of a held one. */
export const RELATED_SKILL_CREDIT = 0.5;

/** Occupation: fraction of the weight per rule. */
export const OCCUPATION_CREDIT = {
  desired: 1,
  sameIscoUnitGroup: 0.6,
  sameIscoMinorGroup: 0.3,
  /** The offer names no occupation, or the candidate names none they want: no basis, so neutral. */
  unknown: 0.5,
} as const;

/** Languages: every met requirement earns the base; levels above the minimum earn the bonus (up to 2 levels). */
export const LANGUAGE_CREDIT = { base: 0.8, bonus: 0.2, bonusLevelsCap: 2 } as const;

/** Location: fraction of the weight per rule; the best applicable rule counts. */
export const LOCATION_CREDIT = {
  sameCity: 1,
  remote: 1,
  sameDistrict: 0.6,
  borderCommuter: 0.5,
  hybridRemote: 0.5,
  noPreference: 0.5,
} as const;

/** Availability: unknown earns half; each month late costs 1/6, so six months late earns nothing. */
export const AVAILABILITY_CREDIT = { unknown: 0.5, monthsToZero: 6, daysPerMonth: 30.4375 } as const;

/** Degree: each level below the offer's minimum costs this fraction (no degree listed counts one level below vocational). */
export const DEGREE_PENALTY_PER_LEVEL = 0.4;

/**
 * Work permit: how simple the legal route is. A standard Blue Card needs no
 * Federal Employment Agency approval; the reduced and the IT Blue Card, §18b,
 * §18a, §19c(2), training and internships do; §18a usually also needs the
 * vocational qualification recognised first, and the recognition partnership
 * starts with recognition still open.
 */
export const WORK_PERMIT_CREDIT = {
  not_needed: 1,
  blue_card: 0.8,
  blue_card_reduced: 0.7,
  blue_card_it: 0.65,
  section_18b: 0.6,
  training_16a: 0.6,
  internship: 0.6,
  section_18a: 0.5,
  experience_19c: 0.45,
  recognition_partnership_16d: 0.4,
  open_questions: 0.3,
  excluded: 0,
} as const satisfies Record<WorkPermitStatus, number>;
