import { findPlace, placeKey } from '../../places/saxon-places';
import { normalizeLabel } from '../../taxonomy/label-normalizer';
import { allOf, and, atLeast, equals } from '../../search/filter-expression';
import { LANGUAGE_LEVELS, type CandidateFacts, type OfferFacts, type OfferSkill, type ScoringContext } from '../scoring';
import { DEGREE_PENALTY_PER_LEVEL, LOCATION_CREDIT, MATCH_WEIGHTS, OCCUPATION_CREDIT } from '../scoring/match-weights';
import { scoreMatch } from '../scoring';

/**
 * Stage 1 of offer → candidates matching, planned without I/O.
 *
 * Meilisearch cannot rank by "how many of these skills", and the skills factor
 * dominates the score. So the candidates are split into *cells* by exact
 * filters: how many of the offer's essential skills they hold (a range), how
 * many of its optional ones, and whether they want the offer's occupation, name
 * its place (or remote work for a remote job) and meet its minimum degree. For
 * each cell the plan knows the best score any candidate in it could reach: the
 * scorer run on an ideal candidate with that coverage, less the points a factor
 * that is not met loses at the least. Walking the cells best bound first and
 * stopping once the n-th best real score is above every bound left gives
 * exactly the top n over all eligible candidates — unless a cell held more
 * candidates than one retrieval may fetch.
 */
export interface RetrievalCell {
  /** Meilisearch filter: hard requirements AND the cell's conditions. */
  filter: string | undefined;
  /** No candidate in the cell scores above this. */
  upperBound: number;
  /** The cell's candidates hold at most this many essential (optional) skills, more than the next range's. */
  essentialAtMost: number;
  optionalAtMost: number;
  /** The factors its candidates do not meet. */
  unmet: FactorName[];
}

/** Above this many m-subsets a tier filter gets too long; the plan then jumps to "any essential skill". */
export const MAX_TIER_COMBINATIONS = 300;

const LANGUAGE_RANK = new Map(LANGUAGE_LEVELS.map((level, i) => [level, i + 1]));
const DEGREE_RANK = new Map(['vocational', 'bachelor', 'master', 'phd'].map((level, i) => [level, i + 1]));

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

/** Candidates whose skill keys hold at least `m` of `keys` (null when that takes too many combinations). */
export function atLeastOfFilter(keys: string[], m: number): string | null {
  if (m <= 0) return '';
  if (m > keys.length) return null;
  if (binomial(keys.length, m) > MAX_TIER_COMBINATIONS) return null;
  return combinations(keys, m)
    .map((subset) => `(${allOf(CANDIDATE_FILTER_ATTRIBUTES.skillKeys, subset)})`)
    .join(' OR ');
}

/** A range of skill coverage: "holds at least m and fewer than m' of these keys" as a filter, and the most it can hold. */
interface CoverageRange {
  filter: string | null;
  maxHeld: number;
}

/** Coverage of `keys` cut into exact ranges, most first (ranges whose filter would be too long merge into the next). */
export function coverageRanges(keys: string[]): CoverageRange[] {
  if (!keys.length) return [{ filter: null, maxHeld: 0 }];
  const ranges: CoverageRange[] = [];
  let above: string | null = null;
  let maxHeld = keys.length;
  for (let m = keys.length; m >= 1; m--) {
    const atLeast = atLeastOfFilter(keys, m);
    if (atLeast === null) continue;
    ranges.push({ filter: and(atLeast, above ? `NOT (${above})` : null) ?? null, maxHeld });
    above = atLeast;
    maxHeld = m - 1;
  }
  ranges.push({ filter: above ? `NOT (${above})` : null, maxHeld });
  return ranges;
}

/** A factor besides skills that a filter can tell (met or not), and the least a candidate loses when it is not met. */
export type FactorName = 'occupation' | 'location' | 'degree';
interface FactorCondition {
  name: FactorName;
  filter: string;
  loss: number;
}

/**
 * Occupation, place and degree as filters. The losses are lower bounds taken
 * from the credits in match-weights.ts: not wanting the offer's occupation
 * earns at best the same-ISCO-group credit; not naming its place at best the
 * same-district credit; missing the minimum degree costs at least one level.
 */
export function factorConditions(offer: OfferFacts): FactorCondition[] {
  const conditions: FactorCondition[] = [];
  if (offer.occupationUri) {
    const best = Math.max(OCCUPATION_CREDIT.sameIscoUnitGroup, OCCUPATION_CREDIT.sameIscoMinorGroup, OCCUPATION_CREDIT.unknown);
    conditions.push({
      name: 'occupation',
      filter: equals('occupationUris', offer.occupationUri),
      loss: MATCH_WEIGHTS.occupation * (1 - best),
    });
  }
  // Every way the location rule can see the offer's place among the preferred ones (the index keys both), or remote work.
  const place = findPlace(offer.city);
  const key = placeKey(offer.city);
  const location = [
    key ? equals('placeKeys', key) : null,
    place ? equals('placeAgs', place.ags) : null,
    offer.workplace === 'remote' ? equals('openToRemote', true) : null,
  ].filter((c): c is string => c !== null);
  if (location.length) {
    const { sameDistrict, borderCommuter, hybridRemote, noPreference } = LOCATION_CREDIT;
    const best = Math.max(sameDistrict, borderCommuter, hybridRemote, noPreference);
    conditions.push({ name: 'location', filter: location.join(' OR '), loss: MATCH_WEIGHTS.location * (1 - best) });
  }
  if (offer.minDegree) {
    conditions.push({
      name: 'degree',
      filter: atLeast('degreeLevel', DEGREE_RANK.get(offer.minDegree)!),
      loss: MATCH_WEIGHTS.degree * DEGREE_PENALTY_PER_LEVEL,
    });
  }
  return conditions;
}

/** Scores are rounded to tenths: a bound lowered by a loss keeps this much room for the rounding. */
const ROUNDING_SLACK = 0.1;

/** Every cell of the offer, best bound first (ties: fewer unmet factors first). */
export function planCandidateCells(offer: OfferFacts, context: ScoringContext): RetrievalCell[] {
  const hard = hardRequirementFilter(offer);
  const essentialKeys = [...new Set(offer.requiredSkills.map(skillKey))];
  const optionalKeys = [...new Set(offer.optionalSkills.map(skillKey))].filter((k) => !essentialKeys.includes(k));
  const factors = factorConditions(offer);
  const cells: RetrievalCell[] = [];
  for (const essential of coverageRanges(essentialKeys)) {
    for (const optional of coverageRanges(optionalKeys)) {
      const ideal = upperBound(offer, context, essential.maxHeld, optional.maxHeld);
      for (let met = (1 << factors.length) - 1; met >= 0; met--) {
        const conditions = factors.map((f, i) => (met & (1 << i) ? f.filter : `NOT (${f.filter})`));
        const unmet = factors.filter((_, i) => !(met & (1 << i)));
        const loss = unmet.reduce((sum, f) => sum + f.loss, 0);
        cells.push({
          filter: and(hard, essential.filter, optional.filter, ...conditions),
          upperBound: loss ? Math.round((ideal - loss + ROUNDING_SLACK) * 10) / 10 : ideal,
          essentialAtMost: essential.maxHeld,
          optionalAtMost: optional.maxHeld,
          unmet: unmet.map((f) => f.name),
        });
      }
    }
  }
  return cells.sort((a, b) => b.upperBound - a.upperBound || a.unmet.length - b.unmet.length);
}

/**
 * The best score a candidate holding `held` of the offer's essential skills
 * (and `heldOptional` of its optional ones; all when not given) can reach: the
 * scorer itself, run on an ideal candidate (the wanted occupation, native
 * languages, the offer's city, available now, a doctorate, no visa needed) who
 * also holds a related skill of every skill it lacks (half credit each, where
 * the hierarchy has one). Using the scorer keeps the bound right whenever the
 * weights change.
 */
export function upperBound(offer: OfferFacts, context: ScoringContext, held: number, heldOptional = offer.optionalSkills.length): number {
  // Which skills are held does not matter for exact ones, but only skills with a related skill can earn the related
  // half: the ideal holds those without one, so that as many as possible of those it lacks have one.
  const related = (s: OfferSkill) => (s.escoUri ? (context.relatedSkills?.get(s.escoUri) ?? []) : []);
  const byRelated = (skills: OfferSkill[]) => [...skills].sort((a, b) => Math.sign(related(a).length) - Math.sign(related(b).length));
  const essential = byRelated(offer.requiredSkills);
  const optional = byRelated(offer.optionalSkills);
  const skills = [...essential.slice(0, held), ...optional.slice(0, heldOptional)];
  const relatedOfLacking = [...essential.slice(held), ...optional.slice(heldOptional)].flatMap((s) => related(s).slice(0, 1));
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
