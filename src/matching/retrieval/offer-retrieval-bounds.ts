import { languageLevelRank } from '../../common/reference/levels';
import type { SkillOverlap, SkillOverlapQuery } from '../../job-offers/job-offers.repository';
import { type CandidateFacts, offerSkillCoverageAtMost, type OfferSketch, type ScoringContext } from '../scoring';
import { MATCH_WEIGHTS, SKILL_SPLIT } from '../scoring/match-weights';

/*
 * Candidate → offers: what PostgreSQL is asked (JobOffersRepository.skillOverlaps) and how its answer becomes an
 * offer's sketch, whose bounds decide which offers OfferRankingService reads and scores.
 */

/**
 * The best score an offer can give a candidate who holds none of its (one or more) required skills nor a related
 * one: every point but the required skills' share, rounded up to tenths as scores are (66.25 → 66.3; an offer
 * can score 66.3).
 */
export const NO_SHARED_SKILL_BOUND = Math.ceil((100 - MATCH_WEIGHTS.skills * SKILL_SPLIT.essential) * 10 - 1e-9) / 10;

/** The candidate's side of `skillOverlaps`: skills held and held through a related one, languages, visa. */
/**
 * The best score of an offer outside both the sharing and the promising scope: no required share, no optional
 * share, no occupation points; every other factor at its full weight.
 */
export const REMAINDER_BOUND = Math.ceil((100 - MATCH_WEIGHTS.skills - MATCH_WEIGHTS.occupation) * 10 - 1e-9) / 10;

export function overlapQueryFor(candidate: CandidateFacts, context: ScoringContext): Omit<SkillOverlapQuery, 'scope'> {
  const held = new Set(candidate.skillUris);
  // Related in either direction, as the scorer reads the relation (a superset is safe: it only loosens bounds).
  const related = new Set<string>();
  for (const [uri, others] of context.relatedSkills ?? new Map<string, readonly string[]>()) {
    if (held.has(uri)) others.forEach((o) => related.add(o));
    else if (others.some((o) => held.has(o))) related.add(uri);
  }
  const languageRanks: Record<string, number> = {};
  for (const { code, level } of candidate.languages) {
    const key = code.trim().toLowerCase();
    languageRanks[key] = Math.max(languageRanks[key] ?? 0, languageLevelRank(level));
  }
  return {
    held: [...held],
    related: [...related].filter((uri) => !held.has(uri)),
    hasFreeTextSkills: candidate.freeTextSkills.length > 0,
    languageRanks,
    needsVisaSponsorship: candidate.workPermit === 'needs_visa',
    desiredOccupationUris: candidate.desiredOccupationUris,
    desiredIscoMinorGroups: [...new Set((candidate.desiredOccupationIscoCodes ?? []).map((c) => c.trim().slice(0, 3)))],
  };
}

/** An offer's sketch from its counts; an optional text skill may repeat a required one (the scorer drops it then). */
export function offerSketch(o: SkillOverlap, hasFreeText: boolean): OfferSketch {
  return {
    occupationUri: o.occupationUri,
    occupationIscoCode: o.iscoCode,
    city: o.city,
    postalCode: o.postalCode,
    workplace: o.workplace,
    languages: o.languages.map((l) => ({ code: l.code, minLevel: l.minLevel })),
    startDate: o.startDate,
    minDegree: o.minDegree,
    essentialCoverageAtMost: offerSkillCoverageAtMost(
      {
        uris: o.requiredUris,
        held: o.requiredHeld,
        related: o.requiredRelated,
        textsAtLeast: Math.min(o.requiredTexts, 1),
        textsAtMost: o.requiredTexts,
      },
      hasFreeText,
    ),
    optionalCoverageAtMost: offerSkillCoverageAtMost(
      {
        uris: o.optionalUris,
        held: o.optionalHeld,
        related: o.optionalRelated,
        textsAtLeast: o.requiredTexts > 0 ? 0 : Math.min(o.optionalTexts, 1),
        textsAtMost: o.optionalTexts,
      },
      hasFreeText,
    ),
  };
}
