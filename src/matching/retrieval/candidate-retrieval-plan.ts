import { statedAvailableByFilter } from '../../candidates/availability';
import { normalizeLabel } from '../../taxonomy/label-normalizer';
import { allOf, and, atLeast, equals } from '../../search/filter-expression';
import { LANGUAGE_LEVELS, type CandidateFacts, type OfferFacts, type OfferSkill, type ScoringContext } from '../scoring';
import { scoreMatch } from '../scoring';

/**
 * Stage 1 of offer → candidates matching, planned without I/O.
 *
 * Meilisearch cannot rank by "how many of these skills", and the skills factor
 * dominates the score, so retrieval walks *tiers* of essential-skill coverage,
 * best first: candidates holding ≥ k of the k essential skills, then ≥ k−1, …
 * Each tier is an exact Meilisearch filter (an OR of the AND of every m-subset).
 * For each tier we know the best score any candidate in it could reach (the
 * scorer run on an ideal candidate with that coverage), so the walk can stop as
 * soon as the current N-th best real score beats everything a lower tier could
 * offer: the top N is then exactly the top N over every eligible candidate —
 * unless a tier held more candidates than one retrieval may fetch; then the
 * query (the offer's skill and occupation labels) aims within the tier.
 */
export interface RetrievalTier {
  /** Candidates in this tier hold at least this many essential skills. */
  minEssential: number;
  /** Meilisearch filter: hard requirements AND the coverage condition. */
  filter: string | undefined;
  /** The highest score a candidate holding exactly `minEssential` essential skills could reach. */
  upperBound: number;
}

/** Above this many m-subsets a tier filter gets too long; the plan then jumps to "any essential skill". */
export const MAX_TIER_COMBINATIONS = 300;

const LANGUAGE_RANK = new Map(LANGUAGE_LEVELS.map((level, i) => [level, i + 1]));

/** The attribute names of the candidates index that the plan filters on. */
export const CANDIDATE_FILTER_ATTRIBUTES = { skillKeys: 'skillKeys', languageLevels: 'languageLevels', workPermit: 'workPermit' } as const;

/** The filter key of an offer skill in the candidates index: its ESCO URI, or its normalised free text. */
export const skillKey = (skill: OfferSkill): string => skill.escoUri ?? `text:${normalizeLabel(skill.label)}`;

/** Hard requirements that exclude: every required language level; a visa need without sponsorship. */
export function hardRequirementFilter(offer: OfferFacts): string | undefined {
  const languages = offer.languages.map((l) => {
    if (!/^[a-z]{2}$/.test(l.code)) throw new Error(`Not an ISO 639-1 code: ${l.code}`);
    return atLeast(`${CANDIDATE_FILTER_ATTRIBUTES.languageLevels}.${l.code}`, LANGUAGE_RANK.get(l.minLevel)!);
  });
  const permit = offer.visaSponsorship ? null : `NOT ${equals(CANDIDATE_FILTER_ATTRIBUTES.workPermit, 'needs_visa')}`;
  return and(...languages, permit);
}

/** Candidates holding at least `m` of `keys` (null when that takes too many combinations). */
export function atLeastOfFilter(keys: string[], m: number): string | null {
  if (m <= 0) return '';
  if (m > keys.length) return null;
  if (binomial(keys.length, m) > MAX_TIER_COMBINATIONS) return null;
  return combinations(keys, m)
    .map((subset) => `(${allOf(CANDIDATE_FILTER_ATTRIBUTES.skillKeys, subset)})`)
    .join(' OR ');
}

export function planCandidateRetrieval(offer: OfferFacts, context: ScoringContext): RetrievalTier[] {
  const hard = hardRequirementFilter(offer);
  const keys = [...new Set(offer.requiredSkills.map(skillKey))];
  const tiers: RetrievalTier[] = [];
  for (let m = keys.length; m >= 1; m--) {
    const coverage = atLeastOfFilter(keys, m);
    if (coverage === null) continue;
    tiers.push({ minEssential: m, filter: and(hard, coverage), upperBound: upperBound(offer, context, m) });
  }
  // Last tier: everyone who meets the hard requirements (covers offers without essential skills too).
  tiers.push({ minEssential: 0, filter: hard, upperBound: upperBound(offer, context, 0) });
  return tiers;
}

/**
 * The best score a candidate holding `held` of the offer's essential skills can
 * reach: the scorer itself, run on an ideal candidate (every optional skill, the
 * wanted occupation, native languages, the offer's city, available now, a
 * doctorate, no visa needed) who also holds a related skill of every essential
 * skill it lacks (half credit each, where the hierarchy has one). Using the
 * scorer keeps the bound right whenever the weights change.
 */
export function upperBound(offer: OfferFacts, context: ScoringContext, held: number): number {
  // Which essential skills are held does not matter for exact ones, but only skills with a related skill can earn
  // the related half: the ideal holds those without one, so that as many as possible of those it lacks have one.
  const related = (s: OfferSkill) => (s.escoUri ? (context.relatedSkills?.get(s.escoUri) ?? []) : []);
  const essential = [...offer.requiredSkills].sort((a, b) => Math.sign(related(a).length) - Math.sign(related(b).length));
  const skills = [...essential.slice(0, held), ...offer.optionalSkills];
  const relatedOfLacking = essential.slice(held).flatMap((s) => related(s).slice(0, 1));
  const ideal: CandidateFacts = {
    skillUris: [...skills.flatMap((s) => (s.escoUri ? [s.escoUri] : [])), ...relatedOfLacking],
    freeTextSkills: skills.flatMap((s) => (s.escoUri ? [] : [normalizeLabel(s.label)])),
    desiredOccupationUris: offer.occupationUri ? [offer.occupationUri] : [],
    desiredOccupationIscoCodes: offer.occupationIscoCode ? [offer.occupationIscoCode] : [],
    languages: offer.languages.map((l) => ({ code: l.code, level: 'native' })),
    preferredCities: [offer.city],
    openToRemote: true,
    crossBorderCommuter: true,
    availableFrom: context.today,
    degrees: [{ level: 'phd', field: '', graduationYear: Number(context.today.slice(0, 4)) }],
    workPermit: 'eu_citizen',
  };
  return scoreMatch(ideal, offer, context).score;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

function combinations<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  const pick = (start: number, chosen: T[]) => {
    if (chosen.length === size) {
      out.push([...chosen]);
      return;
    }
    for (let i = start; i <= items.length - (size - chosen.length); i++) pick(i + 1, [...chosen, items[i]]);
  };
  pick(0, []);
  return out;
}

const DEGREE_RANK = new Map(['vocational', 'bachelor', 'master', 'phd'].map((level, i) => [level, i + 1]));

/**
 * When a tier holds more candidates than one fetch may take, the skills no
 * longer tell them apart: the rest of the score does (occupation, location,
 * availability, degree, optional skills). These filters, added to the tier's,
 * aim at the candidates who earn those points — best combination first; each
 * is fetched (capped) before the text-aimed and the plain fetch. Exactness is
 * then no longer guaranteed, only well aimed.
 */
export function aimWithinTier(offer: OfferFacts, context: ScoringContext): string[] {
  const city = normalizeLabel(offer.city);
  const location = [city ? equals('cityKeys', city) : null, offer.workplace === 'remote' ? equals('openToRemote', true) : null]
    .filter(Boolean)
    .join(' OR ');
  const occupation = offer.occupationUri ? equals('occupationUris', offer.occupationUri) : null;
  const start = offer.startDate && offer.startDate > context.today ? offer.startDate : context.today;
  const onTime = statedAvailableByFilter(start);
  const degree = offer.minDegree ? atLeast('degreeLevel', DEGREE_RANK.get(offer.minDegree)!) : null;
  const optionalKeys = [...new Set(offer.optionalSkills.map(skillKey))];
  const optional = optionalKeys.length
    ? optionalKeys.map((k) => `(${equals(CANDIDATE_FILTER_ATTRIBUTES.skillKeys, k)})`).join(' OR ')
    : null;
  // Best first: every factor; all but one; the three heaviest in pairs; each alone.
  const factors = [optional, occupation, location || null, onTime, degree].filter((f): f is string => !!f);
  const passes = [and(...factors)];
  for (let skip = 0; skip < factors.length; skip++) passes.push(and(...factors.filter((_, i) => i !== skip)));
  for (let i = 0; i < Math.min(3, factors.length); i++) {
    for (let j = i + 1; j < Math.min(3, factors.length); j++) passes.push(and(factors[i], factors[j]));
  }
  passes.push(...factors);
  return [...new Set(passes.filter((p): p is string => !!p))];
}
