import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../i18n/de.json';
import en from '../../i18n/en.json';
import { matchSentences, pointsText, type MatchExplanation, type SentenceTools } from './match-sentences';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { translation: en }, de: { translation: de } }, interpolation: { escapeValue: false } });
});

function tools(lng: 'en' | 'de'): SentenceTools {
  const t = i18n.getFixedT(lng);
  return {
    translate: (key, values) => String(t(key as never, values as never)),
    languageName: (code) => new Intl.DisplayNames([lng], { type: 'language' }).of(code) ?? code,
    date: (iso) => iso,
    list: (items) => new Intl.ListFormat(lng, { type: 'conjunction' }).format(items),
  };
}

const explanation: MatchExplanation = {
  skills: {
    share: 32,
    weight: 40,
    matched: ['Python', 'SQL'],
    related: [{ label: 'Docker', viaSkillUri: 'http://data.europa.eu/esco/skill/x' }],
    missing: ['Kubernetes'],
    missingOptional: [],
    matchedEssential: 2,
    relatedEssential: 0.5,
    essentialTotal: 4,
    matchedOptional: 0,
    relatedOptional: 0,
    optionalTotal: 0,
  },
  occupation: { share: 10, weight: 10, rule: 'desired', note: '' },
  languages: {
    share: 15,
    weight: 15,
    met: [{ code: 'de', minLevel: 'B2', level: 'C1', levelsAbove: 1 }],
    unmet: [],
    note: '',
  },
  location: { share: 10, weight: 10, rule: 'same_city', offerCity: 'Chemnitz', offerDistrict: null, candidateCity: 'Chemnitz', note: '' },
  availability: { share: 5, weight: 10, rule: 'late', availableFrom: '2027-04-01', startDate: '2027-03-01', daysLate: 31, note: '' },
  degree: { share: 5, weight: 5, rule: 'meets', required: 'bachelor', highest: 'master', note: '' },
  workPermit: {
    share: 8,
    weight: 10,
    status: 'blue_card',
    route: 'EU Blue Card (§18g(1) AufenthG)',
    reasons: [],
    openQuestions: ['Is the degree recognised?'],
    annualSalaryEur: 52000,
    salaryBasis: null,
    threshold: null,
    shortageOccupation: false,
    recentGraduate: false,
    changeOfPurpose: false,
    disclaimer: 'Guidance, not a legal decision.',
  },
  recognition: { required: false, regulatedProfession: false, status: 'unknown', note: 'No recognition is needed for this route.' },
};

describe('matchSentences', () => {
  it('says per factor what counted, in plain English', () => {
    const byFactor = Object.fromEntries(matchSentences(explanation, tools('en')).map((f) => [f.factor, f.sentences]));
    expect(byFactor.skills).toEqual([
      'Has 2 of 4 required skills.',
      'Has: Python and SQL.',
      'Has a related skill for: Docker (counts half).',
      'Missing required: Kubernetes.',
    ]);
    expect(byFactor.languages).toEqual(['Speaks German at C1 (B2 required).']);
    expect(byFactor.location).toEqual(['Wants to work in Chemnitz.']);
    expect(byFactor.availability).toEqual(['Available from 2027-04-01, 31 days after the start on 2027-03-01.']);
    expect(byFactor.degree).toEqual(['Has a master’s degree (bachelor’s degree required).']);
    expect(byFactor.workPermit).toEqual(['Visa route: EU Blue Card (§18g(1) AufenthG).', 'Open question: Is the degree recognised?']);
  });

  it('keeps skills first and the visa route last, with the points of each factor', () => {
    const factors = matchSentences(explanation, tools('en'));
    expect(factors[0]).toMatchObject({ factor: 'skills', share: 32, weight: 40 });
    expect(factors.at(-1)?.factor).toBe('workPermit');
    expect(factors).toHaveLength(7);
  });

  it('names languages not spoken or below the level, and no visa needed', () => {
    const e: MatchExplanation = {
      ...explanation,
      languages: {
        ...explanation.languages,
        met: [],
        unmet: [
          { code: 'de', minLevel: 'B2', level: 'B1', levelsAbove: -1 },
          { code: 'en', minLevel: 'B1', level: null, levelsAbove: null },
        ],
      },
      workPermit: { ...explanation.workPermit, status: 'not_needed', route: '', openQuestions: [] },
      availability: { ...explanation.availability, rule: 'unknown', availableFrom: null, daysLate: null },
    };
    const byFactor = Object.fromEntries(matchSentences(e, tools('en')).map((f) => [f.factor, f.sentences]));
    expect(byFactor.languages).toEqual(['Speaks German at B1, below the required B2.', 'Does not state English (B1 required).']);
    expect(byFactor.workPermit).toEqual(['Needs no visa to work in Germany.']);
    expect(byFactor.availability).toEqual(['Has not said from when they are available (start: 2027-03-01).']);
  });

  it('names a change of purpose and the recognition note (a regulated profession), in German and English', () => {
    const e: MatchExplanation = {
      ...explanation,
      workPermit: { ...explanation.workPermit, openQuestions: [], changeOfPurpose: true },
      recognition: { required: true, regulatedProfession: true, status: 'unknown', note: 'Ask the Landesdirektion Sachsen.' },
    };
    const en = Object.fromEntries(matchSentences(e, tools('en')).map((f) => [f.factor, f.sentences]));
    expect(en.workPermit).toEqual([
      'Visa route: EU Blue Card (§18g(1) AufenthG).',
      'Already in Germany on a purpose-bound title: the title must be changed before the start (no visa needed).',
      'Recognition: Ask the Landesdirektion Sachsen.',
    ]);
    const de = matchSentences(e, tools('de')).flatMap((f) => f.sentences);
    expect(de).toContain('Anerkennung: Ask the Landesdirektion Sachsen.');
    for (const sentence of de) expect(sentence).not.toMatch(/pages\.employer/);
  });

  it('speaks German too, with no key left untranslated', () => {
    const sentences = matchSentences(explanation, tools('de')).flatMap((f) => f.sentences);
    expect(sentences).toContain('Spricht Deutsch auf C1 (B2 gefordert).');
    for (const sentence of sentences) expect(sentence).not.toMatch(/pages\.employer/);
  });

  it('writes the meter text as "Skills: 32 of 40 points"', () => {
    expect(pointsText(tools('en').translate, 'Skills', 32, 40, String)).toBe('Skills: 32 of 40 points');
  });
});
