import type { components } from '../../api';

/**
 * Turns a match explanation (GET /api/v1/job-offers/{id}/matches) into plain sentences per factor and
 * a per-factor breakdown of points, for the employer. Pure: the texts come through `translate`
 * (i18next's `t` in the page, keys under pages.employer.matches.why.*), language names through
 * `languageName`, dates through `date`.
 */
export type MatchExplanation = components['schemas']['MatchExplanationView'];
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface SentenceTools {
  translate: Translate;
  /** 'de' → 'German' in the reader's language */
  languageName: (code: string) => string;
  /** an ISO date in the reader's format */
  date: (iso: string) => string;
  /** a list in the reader's language: ['a', 'b'] → 'a and b' */
  list: (items: readonly string[]) => string;
}

export type FactorKey = 'skills' | 'occupation' | 'languages' | 'location' | 'availability' | 'degree' | 'workPermit';
export const FACTORS: readonly FactorKey[] = ['skills', 'languages', 'location', 'availability', 'degree', 'occupation', 'workPermit'];

export interface FactorSentences {
  factor: FactorKey;
  /** points this factor contributed */
  share: number;
  /** the most points it can contribute */
  weight: number;
  sentences: string[];
}

const K = 'pages.employer.matches.why';

function skills(e: MatchExplanation['skills'], { translate: t, list }: SentenceTools): string[] {
  const out: string[] = [];
  if (e.essentialTotal > 0) {
    out.push(t(`${K}.skillsRequired`, { count: e.essentialTotal, met: Math.floor(e.matchedEssential) }));
  }
  if (e.matched.length > 0) out.push(t(`${K}.skillsMatched`, { skills: list(e.matched) }));
  if (e.related.length > 0) out.push(t(`${K}.skillsRelated`, { skills: list(e.related.map((r) => r.label)) }));
  if (e.missing.length > 0) out.push(t(`${K}.skillsMissing`, { skills: list(e.missing) }));
  if (e.missingOptional.length > 0) out.push(t(`${K}.skillsMissingOptional`, { skills: list(e.missingOptional) }));
  if (out.length === 0) out.push(t(`${K}.skillsNone`));
  return out;
}

function languages(e: MatchExplanation['languages'], { translate: t, languageName }: SentenceTools): string[] {
  const out: string[] = [];
  for (const check of e.met) {
    out.push(t(`${K}.languageMet`, { language: languageName(check.code), level: check.level, minLevel: check.minLevel }));
  }
  for (const check of e.unmet) {
    out.push(
      check.level
        ? t(`${K}.languageBelow`, { language: languageName(check.code), level: check.level, minLevel: check.minLevel })
        : t(`${K}.languageNotSpoken`, { language: languageName(check.code), minLevel: check.minLevel }),
    );
  }
  if (out.length === 0) out.push(t(`${K}.languagesNone`));
  return out;
}

function location(e: MatchExplanation['location'], { translate: t }: SentenceTools): string[] {
  const values = { offerCity: e.offerCity, candidateCity: e.candidateCity ?? '', district: e.offerDistrict ?? '' };
  return [t(`${K}.location.${e.rule}`, values)];
}

function availability(e: MatchExplanation['availability'], { translate: t, date }: SentenceTools): string[] {
  if (e.rule === 'unknown' || !e.availableFrom) return [t(`${K}.availability.unknown`, { start: date(e.startDate) })];
  if (e.rule === 'late') {
    return [t(`${K}.availability.late`, { from: date(e.availableFrom), start: date(e.startDate), count: e.daysLate ?? 0 })];
  }
  return [t(`${K}.availability.on_time`, { from: date(e.availableFrom), start: date(e.startDate) })];
}

function degree(e: MatchExplanation['degree'], { translate: t }: SentenceTools): string[] {
  const name = (level: string | null) => (level ? t(`${K}.degreeLevel.${level}`) : '');
  if (e.rule === 'not_required') return [t(`${K}.degree.not_required`)];
  if (e.rule === 'meets') return [t(`${K}.degree.meets`, { highest: name(e.highest), required: name(e.required) })];
  return [
    e.highest
      ? t(`${K}.degree.below`, { highest: name(e.highest), required: name(e.required) })
      : t(`${K}.degree.noneStated`, { required: name(e.required) }),
  ];
}

function occupation(e: MatchExplanation['occupation'], { translate: t }: SentenceTools): string[] {
  return [t(`${K}.occupation.${e.rule}`)];
}

function workPermit(e: MatchExplanation['workPermit'], { translate: t }: SentenceTools): string[] {
  const out: string[] = [];
  if (e.status === 'not_needed') out.push(t(`${K}.workPermit.not_needed`));
  else if (e.status === 'excluded') out.push(t(`${K}.workPermit.excluded`));
  else if (e.status === 'open_questions') out.push(t(`${K}.workPermit.open_questions`));
  else out.push(t(`${K}.workPermit.route`, { route: e.route }));
  if (e.changeOfPurpose) out.push(t(`${K}.workPermit.changeOfPurpose`));
  for (const question of e.openQuestions) out.push(t(`${K}.workPermit.openQuestion`, { question }));
  return out;
}

/** Sentences and points per factor, in a fixed order (skills first, the visa route last). */
export function matchSentences(explanation: MatchExplanation, tools: SentenceTools): FactorSentences[] {
  const build: Record<FactorKey, () => string[]> = {
    skills: () => skills(explanation.skills, tools),
    languages: () => languages(explanation.languages, tools),
    location: () => location(explanation.location, tools),
    availability: () => availability(explanation.availability, tools),
    degree: () => degree(explanation.degree, tools),
    occupation: () => occupation(explanation.occupation, tools),
    workPermit: () => [
      ...workPermit(explanation.workPermit, tools),
      ...(explanation.recognition?.required
        ? [tools.translate(`${K}.workPermit.recognition`, { note: explanation.recognition.note })]
        : []),
    ],
  };
  return FACTORS.filter((factor) => explanation[factor]).map((factor) => ({
    factor,
    share: explanation[factor].share,
    weight: explanation[factor].weight,
    sentences: build[factor](),
  }));
}

/** "Skills: 32 of 40 points" — the meter's aria-valuetext and visible label. */
export function pointsText(
  translate: Translate,
  factorLabel: string,
  share: number,
  weight: number,
  number: (n: number) => string,
): string {
  return translate(`${K}.points`, { factor: factorLabel, share: number(share), weight: number(weight) });
}
