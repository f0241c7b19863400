import { normalizeLabel } from '../../taxonomy/label-normalizer';
import { statedAvailabilityDay } from '../../candidates/availability';
import { isoDateOf, isoDay, isoDayOrNull } from '../../common/iso-date';
import {
  AVAILABILITY_CREDIT,
  DEGREE_PENALTY_PER_LEVEL,
  LANGUAGE_CREDIT,
  LOCATION_CREDIT,
  MATCH_FACTORS,
  MATCH_WEIGHTS,
  type MatchFactor,
  OCCUPATION_CREDIT,
  RELATED_SKILL_CREDIT,
  SKILL_SPLIT,
  WORK_PERMIT_CREDIT,
} from './match-weights';
import type {
  AvailabilityExplanation,
  CandidateFacts,
  DegreeExplanation,
  DegreeLevel,
  LanguageCheck,
  LanguageLevel,
  LanguagesExplanation,
  LocationExplanation,
  MatchExplanation,
  MatchScore,
  OccupationExplanation,
  OfferFacts,
  OfferSkill,
  RelatedSkillMatch,
  ScoringContext,
  SkillsExplanation,
  WorkPermitExplanation,
} from './match-facts';
import { DEGREE_LEVELS, LANGUAGE_LEVELS } from './match-facts';
import { districtOfWorkplace, findPlace, isBorderDistrictFor, placeKey } from '../../places/saxon-places';
import { assessRecognition, assessWorkPermit } from './work-permit-route';

/** A factor's result before rounding: `credit` is the fraction (0..1) of its weight it earned. */
type Scored<T> = { credit: number; details: Omit<T, 'share' | 'weight'> };

/**
 * Scores one candidate against one job offer. Pure and deterministic: the same
 * facts and context always give the same score and explanation (`today` comes
 * from the context, never from the clock). Hard requirements that fail set
 * `eligible: false` and are listed in `exclusions`; the score is still
 * computed so the explanation stays meaningful.
 */
export function scoreMatch(candidate: CandidateFacts, offer: OfferFacts, context: ScoringContext): MatchScore {
  isoDay(context.today); // fail loudly on a malformed `today`: it is a programming error, not data
  const skills = scoreSkills(candidate, offer, context);
  const occupation = scoreOccupation(candidate, offer);
  const languages = scoreLanguages(candidate, offer);
  const location = scoreLocation(candidate, offer);
  const availability = scoreAvailability(candidate, offer, context.today);
  const degree = scoreDegree(candidate, offer);
  const workPermit = scoreWorkPermit(candidate, offer, context);

  const credits: Record<MatchFactor, number> = {
    skills: skills.credit,
    occupation: occupation.credit,
    languages: languages.credit,
    location: location.credit,
    availability: availability.credit,
    degree: degree.credit,
    workPermit: workPermit.credit,
  };
  const { tenths, totalTenths } = roundShares(credits);
  const factor = <T>(name: MatchFactor, scored: Scored<T>) =>
    ({ share: tenths[name] / 10, weight: MATCH_WEIGHTS[name], ...scored.details }) as T;

  const explanation: MatchExplanation = {
    skills: factor<SkillsExplanation>('skills', skills),
    occupation: factor<OccupationExplanation>('occupation', occupation),
    languages: factor<LanguagesExplanation>('languages', languages),
    location: factor<LocationExplanation>('location', location),
    availability: factor<AvailabilityExplanation>('availability', availability),
    degree: factor<DegreeExplanation>('degree', degree),
    workPermit: factor<WorkPermitExplanation>('workPermit', workPermit),
    recognition: assessRecognition(candidate, offer, workPermit.details.status),
  };

  const exclusions = [
    ...languages.details.unmet.map(
      (l) => `Requires ${l.code} at ${l.minLevel} or better; the candidate ${l.level ? `has ${l.level}` : 'does not list it'}`,
    ),
    ...(workPermit.details.status === 'excluded' ? ['The candidate needs a visa and the offer does not sponsor one'] : []),
  ];
  return { score: totalTenths / 10, eligible: exclusions.length === 0, exclusions, explanation };
}

/**
 * Rounds each factor's points to tenths so that they add up exactly to the
 * rounded total (largest remainder; ties go to the factor listed first).
 */
function roundShares(credits: Record<MatchFactor, number>): { tenths: Record<MatchFactor, number>; totalTenths: number } {
  const raw = MATCH_FACTORS.map((name) => {
    const exact = clamp01(credits[name]) * MATCH_WEIGHTS[name] * 10;
    // Strip binary noise (0.1 + 0.2) before flooring, so 59.999999 counts as 60.
    const cleaned = Math.round(exact * 1e6) / 1e6;
    return { name, floor: Math.floor(cleaned), remainder: cleaned - Math.floor(cleaned), exact: cleaned };
  });
  const totalTenths = Math.round(raw.reduce((sum, r) => sum + r.exact, 0));
  let missing = totalTenths - raw.reduce((sum, r) => sum + r.floor, 0);
  const byRemainder = raw.map((r, index) => ({ ...r, index })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const tenths = Object.fromEntries(raw.map((r) => [r.name, r.floor])) as Record<MatchFactor, number>;
  for (const r of byRemainder) {
    if (missing <= 0) break;
    if (r.remainder > 0) {
      tenths[r.name] += 1;
      missing -= 1;
    }
  }
  return { tenths, totalTenths };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The most `candidate` can score for `offer` knowing only the skills: the skills share exactly, every other factor
 * at its full weight. Cheap (no places, dates or residence-law routes), so a ranking scores in full only the pairs
 * this bound cannot rule out. Rounded up to tenths, it is never below the rounded score.
 */
export function skillsUpperBound(candidate: CandidateFacts, offer: OfferFacts, context: ScoringContext): number {
  const others = MATCH_FACTORS.reduce((sum, f) => sum + (f === 'skills' ? 0 : MATCH_WEIGHTS[f]), 0);
  return Math.ceil((MATCH_WEIGHTS.skills * scoreSkills(candidate, offer, context).credit + others) * 10 - 1e-9) / 10;
}

/**
 * What is known of an offer before its skill lists are read: its occupation, place, languages, start and minimum
 * degree, and the most of its required and of its optional skills (0..1, related skills at their credit) a
 * candidate can cover (see `offerSkillCoverageAtMost`).
 */
export interface OfferSketch extends Pick<
  OfferFacts,
  'occupationUri' | 'occupationIscoCode' | 'city' | 'postalCode' | 'workplace' | 'languages' | 'startDate' | 'minDegree'
> {
  essentialCoverageAtMost: number;
  optionalCoverageAtMost: number;
}

/** The factors a sketch knows exactly, and those `sketchUpperBound` gives their full weight. */
const SKETCHED = ['occupation', 'languages', 'location', 'availability', 'degree'] as const satisfies readonly MatchFactor[];
const isSketched = (f: MatchFactor): f is (typeof SKETCHED)[number] => (SKETCHED as readonly MatchFactor[]).includes(f);

const roundUpToTenths = (points: number) => Math.ceil(points * 10 - 1e-9) / 10;
const skillsAtMost = (sketch: OfferSketch) =>
  MATCH_WEIGHTS.skills * (SKILL_SPLIT.essential * sketch.essentialCoverageAtMost + SKILL_SPLIT.optional * sketch.optionalCoverageAtMost);

/**
 * A quick upper bound from a sketch: skills as far as the sketch tells, the occupation exactly, every other factor
 * at its full weight (no places or dates: cheap enough for every offer sharing a skill). Rounded up to tenths.
 */
export function sketchQuickUpperBound(candidate: CandidateFacts, sketch: OfferSketch): number {
  const others = MATCH_FACTORS.reduce((sum, f) => sum + (f === 'skills' || f === 'occupation' ? 0 : MATCH_WEIGHTS[f]), 0);
  return roundUpToTenths(skillsAtMost(sketch) + MATCH_WEIGHTS.occupation * scoreOccupation(candidate, sketch).credit + others);
}

/**
 * The most `candidate` can score for an offer known only by its sketch: skills as far as the sketch tells, the
 * sketched factors exactly as `scoreMatch` scores them, the work permit (salary thresholds, residence-law routes)
 * at its full weight. Never above `sketchQuickUpperBound`; rounded up to tenths like `skillsUpperBound`.
 */
export function sketchUpperBound(candidate: CandidateFacts, sketch: OfferSketch, context: ScoringContext): number {
  return sketchUpperBounder(candidate, context)(sketch);
}

/**
 * `sketchUpperBound` for many offers of one candidate: offers share few places, start dates and degrees, so the
 * points of everything but the skills are computed once per distinct combination.
 */
export function sketchUpperBounder(candidate: CandidateFacts, context: ScoringContext): (sketch: OfferSketch) => number {
  const memo = new Map<string, number>();
  const rest = MATCH_FACTORS.reduce((sum, f) => sum + (f === 'skills' || isSketched(f) ? 0 : MATCH_WEIGHTS[f]), 0);
  return (sketch) => {
    const { occupationUri, occupationIscoCode, city, postalCode, workplace, startDate, minDegree, languages } = sketch;
    const key = [occupationUri, occupationIscoCode, city, postalCode, workplace, startDate, minDegree]
      .concat(languages.flatMap((l) => [l.code, l.minLevel]))
      .map(String)
      .join('\u0000');
    let others = memo.get(key);
    if (others === undefined) {
      const credits: Record<(typeof SKETCHED)[number], number> = {
        occupation: scoreOccupation(candidate, sketch).credit,
        languages: scoreLanguages(candidate, sketch).credit,
        location: scoreLocation(candidate, sketch).credit,
        availability: scoreAvailability(candidate, sketch, context.today).credit,
        degree: scoreDegree(candidate, sketch).credit,
      };
      others = SKETCHED.reduce((sum, f) => sum + MATCH_WEIGHTS[f] * credits[f], 0) + rest;
      memo.set(key, others);
    }
    return roundUpToTenths(skillsAtMost(sketch) + others);
  };
}

/**
 * The most of one skill list (required or optional) a candidate can cover, from counts alone: `uris` distinct ESCO
 * skills of which `held` the candidate holds and `related` they hold through a related skill, and between
 * `textsAtLeast` and `textsAtMost` skills without a URI once the scorer has de-duplicated them (an optional text
 * skill repeating a required one is dropped). Never below `scoreSkills`' coverage: without free-text skills of
 * their own the candidate covers no text skill, so leaving texts out of the denominator only raises the share; with
 * them, counting the most text skills there can be as covered does.
 */
export function offerSkillCoverageAtMost(
  list: { uris: number; held: number; related: number; textsAtLeast: number; textsAtMost: number },
  candidateHasFreeTextSkills: boolean,
): number {
  const covered = list.held + RELATED_SKILL_CREDIT * list.related;
  if (candidateHasFreeTextSkills) {
    const total = list.uris + list.textsAtMost;
    return total === 0 ? 1 : (covered + list.textsAtMost) / total;
  }
  if (list.uris === 0) return list.textsAtLeast === 0 ? 1 : 0;
  return covered / list.uris;
}

// ---------------------------------------------------------------- skills

type SkillOutcome = { kind: 'matched' } | { kind: 'related'; via: string } | { kind: 'missing' };

function scoreSkills(candidate: CandidateFacts, offer: OfferFacts, context: ScoringContext): Scored<SkillsExplanation> {
  const held = new Set(candidate.skillUris);
  const heldSorted = [...held].sort();
  const freeText = new Set(candidate.freeTextSkills.map(normalizeLabel).filter(Boolean));
  const related = context.relatedSkills;

  const outcome = (skill: OfferSkill): SkillOutcome => {
    if (skill.escoUri === null) return freeText.has(normalizeLabel(skill.label)) ? { kind: 'matched' } : { kind: 'missing' };
    if (held.has(skill.escoUri)) return { kind: 'matched' };
    if (!related) return { kind: 'missing' };
    // Related in either direction: the offer's skill lists the candidate's, or the candidate's lists the offer's.
    const forward = new Set(related.get(skill.escoUri) ?? []);
    const via = heldSorted.find((uri) => forward.has(uri) || (related.get(uri) ?? []).includes(skill.escoUri!));
    return via ? { kind: 'related', via } : { kind: 'missing' };
  };

  // A skill listed twice, or both required and optional, counts once, as required.
  const seen = new Set<string>();
  const unique = (skills: OfferSkill[]) =>
    skills.filter((s) => {
      const key = s.escoUri ?? `text:${normalizeLabel(s.label)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const essential = unique(offer.requiredSkills).map((s) => ({ skill: s, result: outcome(s) }));
  const optional = unique(offer.optionalSkills).map((s) => ({ skill: s, result: outcome(s) }));

  const count = (list: typeof essential, kind: SkillOutcome['kind']) => list.filter((x) => x.result.kind === kind).length;
  const coverage = (list: typeof essential) =>
    list.length === 0 ? 1 : (count(list, 'matched') + RELATED_SKILL_CREDIT * count(list, 'related')) / list.length;
  const relatedList: RelatedSkillMatch[] = [...essential, ...optional].flatMap((x) =>
    x.result.kind === 'related' ? [{ label: x.skill.label, viaSkillUri: x.result.via }] : [],
  );

  return {
    credit: SKILL_SPLIT.essential * coverage(essential) + SKILL_SPLIT.optional * coverage(optional),
    details: {
      matched: [...essential, ...optional].filter((x) => x.result.kind === 'matched').map((x) => x.skill.label),
      related: relatedList,
      missing: essential.filter((x) => x.result.kind === 'missing').map((x) => x.skill.label),
      missingOptional: optional.filter((x) => x.result.kind === 'missing').map((x) => x.skill.label),
      matchedEssential: count(essential, 'matched'),
      relatedEssential: count(essential, 'related'),
      essentialTotal: essential.length,
      matchedOptional: count(optional, 'matched'),
      relatedOptional: count(optional, 'related'),
      optionalTotal: optional.length,
    },
  };
}

// ---------------------------------------------------------------- occupation

function scoreOccupation(
  candidate: CandidateFacts,
  offer: Pick<OfferFacts, 'occupationUri' | 'occupationIscoCode'>,
): Scored<OccupationExplanation> {
  if (offer.occupationUri && candidate.desiredOccupationUris.includes(offer.occupationUri)) {
    return { credit: OCCUPATION_CREDIT.desired, details: { rule: 'desired', note: 'The offer’s occupation is one the candidate wants' } };
  }
  if (!offer.occupationUri && !offer.occupationIscoCode) {
    return { credit: OCCUPATION_CREDIT.unknown, details: { rule: 'unknown', note: 'The offer names no occupation: neutral half share' } };
  }
  if (candidate.desiredOccupationUris.length === 0) {
    return {
      credit: OCCUPATION_CREDIT.unknown,
      details: { rule: 'unknown', note: 'The candidate names no desired occupation: neutral half share' },
    };
  }
  const isco = offer.occupationIscoCode?.trim() ?? '';
  const wanted = (candidate.desiredOccupationIscoCodes ?? []).map((c) => c.trim());
  if (isco.length === 4 && wanted.includes(isco)) {
    return {
      credit: OCCUPATION_CREDIT.sameIscoUnitGroup,
      details: { rule: 'same_isco_unit_group', note: `A desired occupation shares the offer’s ISCO-08 unit group ${isco}` },
    };
  }
  if (isco.length >= 3 && wanted.some((c) => c.slice(0, 3) === isco.slice(0, 3))) {
    return {
      credit: OCCUPATION_CREDIT.sameIscoMinorGroup,
      details: { rule: 'same_isco_minor_group', note: `A desired occupation shares the offer’s ISCO-08 minor group ${isco.slice(0, 3)}` },
    };
  }
  return { credit: 0, details: { rule: 'none', note: 'Not among the candidate’s desired occupations' } };
}

// ---------------------------------------------------------------- languages

const languageRank = (level: LanguageLevel) => LANGUAGE_LEVELS.indexOf(level) + 1;

function scoreLanguages(candidate: CandidateFacts, offer: Pick<OfferFacts, 'languages'>): Scored<LanguagesExplanation> {
  const best = new Map<string, LanguageLevel>();
  for (const l of candidate.languages) {
    const code = l.code.trim().toLowerCase();
    const current = best.get(code);
    if (!current || languageRank(l.level) > languageRank(current)) best.set(code, l.level);
  }
  const required = new Map<string, LanguageLevel>();
  for (const l of offer.languages) {
    const code = l.code.trim().toLowerCase();
    const current = required.get(code);
    if (!current || languageRank(l.minLevel) > languageRank(current)) required.set(code, l.minLevel);
  }
  if (required.size === 0) {
    return { credit: 1, details: { met: [], unmet: [], note: 'The offer requires no language: full share' } };
  }
  const checks: LanguageCheck[] = [...required].map(([code, minLevel]) => {
    const level = best.get(code) ?? null;
    return { code, minLevel, level, levelsAbove: level ? languageRank(level) - languageRank(minLevel) : null };
  });
  const met = checks.filter((c) => c.levelsAbove !== null && c.levelsAbove >= 0);
  const unmet = checks.filter((c) => !met.includes(c));
  const bonus = met.reduce((sum, c) => sum + Math.min(c.levelsAbove!, LANGUAGE_CREDIT.bonusLevelsCap) / LANGUAGE_CREDIT.bonusLevelsCap, 0);
  return {
    credit: (LANGUAGE_CREDIT.base * met.length + LANGUAGE_CREDIT.bonus * bonus) / checks.length,
    details: {
      met,
      unmet,
      note: unmet.length
        ? 'A required language level is not met: the pair is excluded'
        : 'Every required level is met; levels above the minimum add a bonus (up to two levels)',
    },
  };
}

// ---------------------------------------------------------------- location

function scoreLocation(
  candidate: CandidateFacts,
  offer: Pick<OfferFacts, 'city' | 'postalCode' | 'workplace'>,
): Scored<LocationExplanation> {
  const offerPlace = findPlace(offer.city);
  const district = districtOfWorkplace(offer.city, offer.postalCode);
  const offerDistrict = district?.name ?? null;
  const offerKey = placeKey(offer.city);
  const base = { offerCity: offer.city, offerDistrict };
  const preferred = candidate.preferredCities.map((typed) => ({ typed, place: findPlace(typed) }));
  // The name that counted: the municipality's shown name where it resolves (the stored value may be an AGS).
  const shown = (p: (typeof preferred)[number]) => p.place?.name ?? p.typed;

  const options: { credit: number; details: Omit<LocationExplanation, 'share' | 'weight'> }[] = [];
  const sameCity = preferred.find(
    (p) =>
      (offerKey !== '' && placeKey(p.typed) === offerKey) || (p.place !== null && offerPlace !== null && p.place.ags === offerPlace.ags),
  );
  if (sameCity !== undefined) {
    options.push({
      credit: LOCATION_CREDIT.sameCity,
      details: { ...base, rule: 'same_city', candidateCity: shown(sameCity), note: 'A preferred city is the offer’s city' },
    });
  }
  if (offer.workplace === 'remote' && candidate.openToRemote) {
    options.push({
      credit: LOCATION_CREDIT.remote,
      details: { ...base, rule: 'remote', candidateCity: null, note: 'Remote job, and the candidate is open to remote work' },
    });
  }
  const sameDistrict = district ? preferred.find((p) => p.place?.district.code === district.code) : undefined;
  if (sameDistrict !== undefined) {
    options.push({
      credit: LOCATION_CREDIT.sameDistrict,
      details: {
        ...base,
        rule: 'same_district',
        candidateCity: shown(sameDistrict),
        note: `A preferred city lies in the same district (${offerDistrict})`,
      },
    });
  }
  if (candidate.crossBorderCommuter && district && isBorderDistrictFor(district, candidate.residenceCountry)) {
    const country = candidate.residenceCountry?.toUpperCase();
    const border = country === 'PL' || country === 'CZ' ? ` with ${country === 'PL' ? 'Poland' : 'Czechia'}` : '';
    options.push({
      credit: LOCATION_CREDIT.borderCommuter,
      details: {
        ...base,
        rule: 'border_commuter',
        candidateCity: null,
        note: `Cross-border commuter, and ${offerDistrict} lies on the border${border}`,
      },
    });
  }
  if (offer.workplace === 'hybrid' && candidate.openToRemote) {
    options.push({
      credit: LOCATION_CREDIT.hybridRemote,
      details: {
        ...base,
        rule: 'hybrid_remote',
        candidateCity: null,
        note: 'Hybrid job, and the candidate is open to remote work (partly on site)',
      },
    });
  }
  if (candidate.preferredCities.length === 0) {
    options.push({
      credit: LOCATION_CREDIT.noPreference,
      details: { ...base, rule: 'no_preference', candidateCity: null, note: 'The candidate names no preferred city: neutral half share' },
    });
  }
  // The best rule counts; among equals the first listed (same city before remote, and so on).
  const best = options.reduce<(typeof options)[number] | null>((a, b) => (a === null || b.credit > a.credit ? b : a), null);
  return (
    best ?? {
      credit: 0,
      details: { ...base, rule: 'none', candidateCity: null, note: 'None of the candidate’s preferred places fits the workplace' },
    }
  );
}

// ---------------------------------------------------------------- availability

function scoreAvailability(
  candidate: CandidateFacts,
  offer: Pick<OfferFacts, 'startDate'>,
  today: string,
): Scored<AvailabilityExplanation> {
  const todayDay = isoDay(today);
  // No start date means "as soon as possible"; a start date already past also means now.
  const startDay = Math.max(isoDayOrNull(offer.startDate) ?? todayDay, todayDay);
  const startDate = isoDateOf(startDay);
  const available = statedAvailabilityDay(candidate.availableFrom);
  if (available === null) {
    return {
      credit: AVAILABILITY_CREDIT.unknown,
      details: {
        rule: 'unknown',
        availableFrom: null,
        startDate,
        daysLate: null,
        note: 'The candidate states no availability date: half share',
      },
    };
  }
  const daysLate = Math.max(0, available - startDay);
  const availableFrom = isoDateOf(available);
  if (daysLate === 0) {
    return { credit: 1, details: { rule: 'on_time', availableFrom, startDate, daysLate: 0, note: 'Available by the start date' } };
  }
  const monthsLate = daysLate / AVAILABILITY_CREDIT.daysPerMonth;
  return {
    credit: Math.max(0, 1 - monthsLate / AVAILABILITY_CREDIT.monthsToZero),
    details: {
      rule: 'late',
      availableFrom,
      startDate,
      daysLate,
      note: `Available ${daysLate} days after the start date: 1/${AVAILABILITY_CREDIT.monthsToZero} of the share less per month late`,
    },
  };
}

// ---------------------------------------------------------------- degree

const degreeRank = (level: DegreeLevel | null) => (level === null ? 0 : DEGREE_LEVELS.indexOf(level) + 1);

function scoreDegree(candidate: CandidateFacts, offer: Pick<OfferFacts, 'minDegree'>): Scored<DegreeExplanation> {
  const highest = candidate.degrees.reduce<DegreeLevel | null>((top, d) => (degreeRank(d.level) > degreeRank(top) ? d.level : top), null);
  const required = offer.minDegree;
  if (required === null) {
    return { credit: 1, details: { rule: 'not_required', required, highest, note: 'The offer asks for no minimum degree' } };
  }
  const short = degreeRank(required) - degreeRank(highest);
  if (short <= 0) {
    return { credit: 1, details: { rule: 'meets', required, highest, note: `Meets the minimum degree (${required})` } };
  }
  return {
    credit: Math.max(0, 1 - DEGREE_PENALTY_PER_LEVEL * short),
    details: {
      rule: 'below',
      required,
      highest,
      note: `${short} level${short > 1 ? 's' : ''} below the minimum degree (${required}): ranks lower, not excluded`,
    },
  };
}

// ---------------------------------------------------------------- work permit

function scoreWorkPermit(candidate: CandidateFacts, offer: OfferFacts, context: ScoringContext): Scored<WorkPermitExplanation> {
  const details = assessWorkPermit(candidate, offer, context.blueCardThresholds, context.today, context.residenceThresholds);
  return { credit: WORK_PERMIT_CREDIT[details.status], details };
}
