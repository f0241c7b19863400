import type { TFunction } from 'i18next';
import type { components } from '../../api';

/**
 * The structured match explanation of the API (`explanation`, see docs/matching-scoring.md) as plain
 * sentences in the reader's language: never the rule ids. Pure: the same explanation, translator and
 * locale always give the same text (Vitest covers every language).
 */

export type MatchExplanation = components['schemas']['MatchExplanationView'];
export type WorkPermitStatus = components['schemas']['WorkPermitStatus'];

export const FACTORS = ['skills', 'languages', 'location', 'availability', 'degree', 'occupation', 'workPermit'] as const;
export type Factor = (typeof FACTORS)[number];

export interface FactorExplanation {
  factor: Factor;
  /** "Skills" */
  label: string;
  share: number;
  weight: number;
  /** "Skills: 32 of 45 points" — the meter's aria-valuetext and its visible caption. */
  points: string;
  sentences: string[];
}

export interface VisaRoute {
  status: WorkPermitStatus;
  /** What the route means for the reader, in their language. */
  sentence: string;
  hint: string;
  /** The API's own wording of the route with its legal basis (English), e.g. "EU Blue Card (§18g(1) AufenthG)". */
  route: string;
  /** What the authority still needs to know (API wording, English). */
  openQuestions: string[];
  /** Set when a purpose-bound title held in Germany must be changed first. */
  changeOfPurpose: string | null;
  /** What to do about recognition or the licence (API wording, English); null when none is needed. */
  recognition: string | null;
}

export interface MatchSentences {
  factors: FactorExplanation[];
  visa: VisaRoute;
}

const DAY_MS = 86_400_000;

const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

function languageName(code: string, locale: string): string {
  try {
    return capitalise(new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code, locale);
  } catch {
    return code;
  }
}

function list(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
}

function date(value: string, locale: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

const points = (value: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);

const KEY = 'pages.candidate.matches.explain';

function skills(e: MatchExplanation['skills'], t: TFunction, locale: string): string[] {
  const out: string[] = [];
  const matched = points(e.matchedEssential, locale);
  if (e.essentialTotal === 0) out.push(t(`${KEY}.skills.noneRequired`));
  else if (e.missing.length === 0) out.push(t(`${KEY}.skills.required`, { count: e.essentialTotal, matched }));
  else out.push(t(`${KEY}.skills.requiredMissing`, { count: e.essentialTotal, matched, missing: list(e.missing, locale) }));
  if (e.optionalTotal > 0) out.push(t(`${KEY}.skills.optional`, { count: e.optionalTotal, matched: points(e.matchedOptional, locale) }));
  if (e.related.length > 0)
    out.push(
      t(`${KEY}.skills.related`, {
        skills: list(
          e.related.map((r) => r.label),
          locale,
        ),
      }),
    );
  return out;
}

type LanguageCheck = MatchExplanation['languages']['met'][number];

function languageSentence(check: LanguageCheck, t: TFunction, locale: string): string {
  const language = languageName(check.code, locale);
  const values = { language, minLevel: check.minLevel, level: check.level ?? '' };
  if (check.level === null) return t(`${KEY}.languages.missing`, values);
  if (check.levelsAbove !== null && check.levelsAbove < 0) return t(`${KEY}.languages.unmet`, values);
  if (check.level === 'native') return t(`${KEY}.languages.native`, values);
  if (check.levelsAbove !== null && check.levelsAbove > 0) return t(`${KEY}.languages.above`, values);
  return t(`${KEY}.languages.meets`, values);
}

function languages(e: MatchExplanation['languages'], t: TFunction, locale: string): string[] {
  if (e.met.length === 0 && e.unmet.length === 0) return [t(`${KEY}.languages.none`)];
  return [...e.met, ...e.unmet].map((check) => languageSentence(check, t, locale));
}

function location(e: MatchExplanation['location'], t: TFunction): string[] {
  const values = { city: e.offerCity, district: e.offerDistrict ?? '', preferred: e.candidateCity ?? '' };
  return [t(`${KEY}.location.${LOCATION_RULE_KEYS[e.rule]}`, values)];
}

function availability(e: MatchExplanation['availability'], t: TFunction, locale: string): string[] {
  const start = date(e.startDate, locale);
  if (e.rule === 'unknown') return [t(`${KEY}.availability.unknown`)];
  if (e.rule === 'on_time') return [t(`${KEY}.availability.onTime`, { date: start })];
  const days = e.daysLate ?? (e.availableFrom ? Math.round((Date.parse(e.availableFrom) - Date.parse(e.startDate)) / DAY_MS) : 0);
  return [t(`${KEY}.availability.late`, { count: days, date: start, available: e.availableFrom ? date(e.availableFrom, locale) : '' })];
}

function degree(e: MatchExplanation['degree'], t: TFunction): string[] {
  const name = (level: MatchExplanation['degree']['required']) => (level ? t(`${KEY}.degreeLevel.${level}`) : '');
  if (e.rule === 'not_required' || e.required === null) return [t(`${KEY}.degree.notRequired`)];
  if (e.rule === 'meets') return [t(`${KEY}.degree.meets`, { required: name(e.required), highest: name(e.highest ?? e.required) })];
  if (e.highest === null) return [t(`${KEY}.degree.belowNone`, { required: name(e.required) })];
  return [t(`${KEY}.degree.below`, { required: name(e.required), highest: name(e.highest) })];
}

const OCCUPATION_KEYS = {
  desired: 'desired',
  same_isco_unit_group: 'unitGroup',
  same_isco_minor_group: 'minorGroup',
  unknown: 'unknown',
  none: 'none',
} as const;

const LOCATION_RULE_KEYS = {
  same_city: 'sameCity',
  remote: 'remote',
  same_district: 'sameDistrict',
  border_commuter: 'borderCommuter',
  hybrid_remote: 'hybridRemote',
  no_preference: 'noPreference',
  none: 'none',
} as const;

const VISA_KEYS = {
  not_needed: 'notNeeded',
  blue_card: 'blueCard',
  blue_card_reduced: 'blueCardReduced',
  blue_card_it: 'blueCardIt',
  section_18b: 'section18b',
  section_18a: 'section18a',
  experience_19c: 'experience19c',
  recognition_partnership_16d: 'recognitionPartnership16d',
  training_16a: 'training16a',
  internship: 'internship',
  open_questions: 'openQuestions',
  excluded: 'excluded',
} as const;

function visa(e: MatchExplanation['workPermit'], recognition: MatchExplanation['recognition'] | undefined, t: TFunction): VisaRoute {
  const key = (VISA_KEYS as Record<string, (typeof VISA_KEYS)[keyof typeof VISA_KEYS]>)[e.status] ?? 'openQuestions';
  return {
    status: e.status,
    sentence: t(`${KEY}.visa.${key}.sentence`),
    hint: t(`${KEY}.visa.${key}.hint`),
    route: e.route,
    openQuestions: e.openQuestions,
    changeOfPurpose: e.changeOfPurpose ? t('pages.candidate.matches.changeOfPurpose') : null,
    recognition: recognition?.required ? recognition.note : null,
  };
}

/** The explanation of one match: per factor its points and plain sentences, and the visa route. */
export function explainMatch(explanation: MatchExplanation, t: TFunction, locale: string): MatchSentences {
  const visaRoute = visa(explanation.workPermit, explanation.recognition, t);
  const sentences: Record<Factor, string[]> = {
    skills: skills(explanation.skills, t, locale),
    languages: languages(explanation.languages, t, locale),
    location: location(explanation.location, t),
    availability: availability(explanation.availability, t, locale),
    degree: degree(explanation.degree, t),
    occupation: [t(`${KEY}.occupation.${OCCUPATION_KEYS[explanation.occupation.rule]}`)],
    workPermit: [visaRoute.sentence],
  };
  return {
    visa: visaRoute,
    factors: FACTORS.map((factor) => {
      const { share, weight } = explanation[factor];
      const label = t(`${KEY}.factor.${factor}`);
      return {
        factor,
        label,
        share,
        weight,
        points: t(`${KEY}.points`, { factor: label, share: points(share, locale), weight: points(weight, locale) }),
        sentences: sentences[factor].map((sentence) => capitalise(sentence, locale)),
      };
    }),
  };
}
