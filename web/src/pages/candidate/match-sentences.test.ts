import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n';
import { INTL_LOCALES, type Language } from '../../i18n/languages';
import { explainMatch, type MatchExplanation } from './match-sentences';

function translator(language: Language): TFunction {
  const i18n = createInstance();
  void i18n.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false }, initAsync: false });
  return i18n.t;
}

/** A match as the API explains it: 4 of 5 required skills, German B1 met, a preferred city, on time, a master's, Blue Card. */
function explanation(overrides: Partial<MatchExplanation> = {}): MatchExplanation {
  return {
    skills: {
      share: 32.4,
      weight: 45,
      matched: ['Python', 'SQL', 'Docker', 'Git'],
      related: [],
      missing: ['normalise data'],
      missingOptional: [],
      matchedEssential: 4,
      relatedEssential: 0,
      essentialTotal: 5,
      matchedOptional: 1,
      relatedOptional: 0,
      optionalTotal: 2,
    },
    occupation: { share: 10, weight: 10, rule: 'desired', note: 'The offer’s occupation is one the candidate wants' },
    languages: {
      share: 12,
      weight: 15,
      met: [{ code: 'de', minLevel: 'B1', level: 'B1', levelsAbove: 0 }],
      unmet: [],
      note: 'every requirement met',
    },
    location: {
      share: 10,
      weight: 10,
      rule: 'same_city',
      offerCity: 'Leipzig',
      offerDistrict: 'Leipzig',
      candidateCity: 'Leipzig',
      note: 'A preferred city is the offer’s city',
    },
    availability: { share: 8, weight: 8, rule: 'on_time', availableFrom: '2027-01-01', startDate: '2027-03-01', daysLate: null, note: '' },
    degree: { share: 7, weight: 7, rule: 'meets', required: 'bachelor', highest: 'master', note: '' },
    workPermit: {
      share: 4,
      weight: 5,
      status: 'blue_card',
      route: 'EU Blue Card (§18g(1) AufenthG)',
      reasons: [],
      openQuestions: [],
      annualSalaryEur: 55000,
      salaryBasis: null,
      threshold: null,
      shortageOccupation: false,
      recentGraduate: false,
    },
    ...overrides,
  } as MatchExplanation;
}

const sentencesOf = (language: Language, e = explanation()) => {
  const result = explainMatch(e, translator(language), INTL_LOCALES[language]);
  return Object.fromEntries(result.factors.map((f) => [f.factor, f.sentences.join(' | ')]));
};

describe('explainMatch', () => {
  it('builds plain English sentences from the structured explanation (no rule ids)', () => {
    const s = sentencesOf('en');
    expect(s.skills).toBe('You have 4 of 5 required skills — missing: normalise data | You have 1 of 2 optional skills');
    expect(s.languages).toBe('German B1 meets B1');
    expect(s.location).toBe('Leipzig is one of your preferred cities');
    expect(s.availability).toBe('You can start by the start date, 1 March 2027');
    expect(s.degree).toBe("Your degree (master's degree) meets the requirement (bachelor's degree)");
    expect(s.occupation).toBe('It is one of the occupations you are looking for');
    expect(s.workPermit).toBe('You can probably get an EU Blue Card');
    for (const text of Object.values(s)) expect(text).not.toMatch(/same_city|on_time|blue_card|meets\b.*_|pages\./);
  });

  it('gives each factor its points as a meter text', () => {
    const { factors, visa } = explainMatch(explanation(), translator('en'), 'en-GB');
    expect(factors.map((f) => f.points)).toEqual([
      'Skills: 32.4 of 45 points',
      'Languages: 12 of 15 points',
      'Place: 10 of 10 points',
      'Start date: 8 of 8 points',
      'Degree: 7 of 7 points',
      'Occupation: 10 of 10 points',
      'Visa and work permit: 4 of 5 points',
    ]);
    expect(visa.route).toBe('EU Blue Card (§18g(1) AufenthG)');
    expect(visa.hint).toMatch(/residence permit for university graduates/);
  });

  it('speaks German', () => {
    const s = sentencesOf('de');
    expect(s.skills).toBe(
      'Sie haben 4 von 5 geforderten Fähigkeiten — es fehlt: normalise data | Sie haben 1 von 2 erwünschten Fähigkeiten',
    );
    expect(s.languages).toBe('Deutsch B1 erfüllt B1');
    expect(s.location).toBe('Leipzig ist einer Ihrer Wunschorte');
    expect(s.availability).toBe('Sie können zum Beginn am 1. März 2027 anfangen');
    expect(s.degree).toBe('Ihr Abschluss (Master) erfüllt die Anforderung (Bachelor)');
    expect(s.workPermit).toBe('Sie bekommen wahrscheinlich eine Blaue Karte EU');
    expect(explainMatch(explanation(), translator('de'), 'de-DE').factors[0]!.points).toBe('Fähigkeiten: 32,4 von 45 Punkten');
  });

  it('speaks Polish, with Polish plural forms', () => {
    const s = sentencesOf('pl');
    expect(s.skills).toBe('Masz 4 z 5 wymaganych umiejętności — brakuje: normalise data | Masz 1 z 2 dodatkowych umiejętności');
    expect(s.languages).toBe('Niemiecki B1 spełnia B1');
    expect(s.location).toBe('Leipzig to jedno z Twoich preferowanych miast');
    expect(s.workPermit).toBe('Prawdopodobnie możesz dostać Niebieską Kartę UE');
    const late = explanation({
      availability: { share: 6, weight: 8, rule: 'late', availableFrom: '2027-03-04', startDate: '2027-03-01', daysLate: 3, note: '' },
    });
    expect(sentencesOf('pl', late).availability).toBe('Możesz zacząć 3 dni po terminie rozpoczęcia (1 marca 2027)');
  });

  it('speaks Czech, with Czech plural forms', () => {
    const s = sentencesOf('cs');
    expect(s.skills).toBe('Máte 4 z 5 požadovaných dovedností — chybí: normalise data | Máte 1 ze 2 doplňkových dovedností');
    expect(s.languages).toBe('Němčina B1 splňuje B1');
    expect(s.location).toBe('Leipzig je jedním z vašich preferovaných měst');
    expect(s.workPermit).toBe('Pravděpodobně můžete získat modrou kartu EU');
    const late = explanation({
      availability: { share: 6, weight: 8, rule: 'late', availableFrom: '2027-03-03', startDate: '2027-03-01', daysLate: 2, note: '' },
    });
    expect(sentencesOf('cs', late).availability).toBe('Můžete nastoupit 2 dny po datu nástupu (1. března 2027)');
  });

  it('covers the other rules: all skills held, above level, native, no language, district, no degree, open questions', () => {
    const e = explanation({
      skills: { ...explanation().skills, missing: [], matchedEssential: 3, essentialTotal: 3, optionalTotal: 0 },
      languages: {
        share: 15,
        weight: 15,
        met: [
          { code: 'de', minLevel: 'B1', level: 'C1', levelsAbove: 2 },
          { code: 'en', minLevel: 'B2', level: 'native', levelsAbove: 3 },
        ],
        unmet: [],
        note: '',
      },
      location: {
        share: 6,
        weight: 10,
        rule: 'same_district',
        offerCity: 'Radebeul',
        offerDistrict: 'Meißen',
        candidateCity: 'Meißen',
        note: '',
      },
      availability: { share: 4, weight: 8, rule: 'unknown', availableFrom: null, startDate: '2027-03-01', daysLate: null, note: '' },
      degree: { share: 1.4, weight: 7, rule: 'below', required: 'master', highest: null, note: '' },
      occupation: { share: 5, weight: 10, rule: 'unknown', note: '' },
      workPermit: { ...explanation().workPermit, status: 'open_questions', openQuestions: ['The offer states no salary'] },
    });
    const s = sentencesOf('en', e);
    expect(s.skills).toBe('You have all 3 required skills');
    expect(s.languages).toBe('German C1 is above the required B1 | English is your first language (required: B2)');
    expect(s.location).toBe('Radebeul is in the same district as Meißen (Meißen)');
    expect(s.availability).toBe('Your profile does not say when you can start');
    expect(s.degree).toBe("The offer asks for: master's degree; your profile lists no degree");
    expect(s.occupation).toBe('There is no occupation to compare, so this counts half');
    expect(s.workPermit).toBe('Some details are missing to name a visa route');
    expect(explainMatch(e, translator('en'), 'en-GB').visa.openQuestions).toEqual(['The offer states no salary']);
    // Every language has a sentence for each of these rules (no key shown instead of text).
    for (const language of ['de', 'pl', 'cs'] as const) {
      for (const text of Object.values(sentencesOf(language, e))) expect(text).not.toMatch(/pages\.candidate/);
    }
  });
});

describe('visa routes of issue 13 (every status, change of purpose, recognition)', () => {
  const STATUSES = ['blue_card_it', 'experience_19c', 'recognition_partnership_16d', 'training_16a', 'internship'] as const;

  it.each(['de', 'en', 'pl', 'cs'] as const)('%s: each new status has its own sentence and hint', (language) => {
    const fallback = explainMatch(explanation(), translator(language), INTL_LOCALES[language]);
    const open = explainMatch(
      explanation({ workPermit: { ...explanation().workPermit, status: 'open_questions' } }),
      translator(language),
      INTL_LOCALES[language],
    ).visa.sentence;
    const seen = new Set<string>();
    for (const status of STATUSES) {
      const visa = explainMatch(
        explanation({ workPermit: { ...explanation().workPermit, status } }),
        translator(language),
        INTL_LOCALES[language],
      ).visa;
      expect(visa.sentence).not.toMatch(/pages\.candidate/);
      expect(visa.hint).not.toMatch(/pages\.candidate/);
      expect(visa.sentence).not.toBe(open);
      seen.add(visa.sentence);
    }
    expect(seen.size).toBe(STATUSES.length);
    expect(fallback.visa.changeOfPurpose).toBeNull();
  });

  it('says to change the purpose of the title, and passes the recognition note on when recognition is needed', () => {
    const e = explanation({
      workPermit: { ...explanation().workPermit, changeOfPurpose: true },
      recognition: { required: true, regulatedProfession: true, status: 'unknown', note: 'Ask the Landesdirektion Sachsen.' },
    });
    const visa = explainMatch(e, translator('de'), 'de-DE').visa;
    expect(visa.changeOfPurpose).toMatch(/Aufenthaltszwecks/);
    expect(visa.recognition).toBe('Ask the Landesdirektion Sachsen.');
    const none = explainMatch(
      explanation({
        recognition: { required: false, regulatedProfession: false, status: 'unknown', note: 'No recognition is needed for this route.' },
      }),
      translator('en'),
      'en-GB',
    ).visa;
    expect(none.recognition).toBeNull();
  });
});
