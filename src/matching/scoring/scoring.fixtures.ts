import type { BlueCardThreshold, CandidateFacts, OfferFacts, ScoringContext } from './match-facts';

/** Shared by the scorer's specs: a pair that matches on every factor, to vary one factor at a time. */

export const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';
export const SQL = 'http://data.europa.eu/esco/skill/sql';
export const GIT = 'http://data.europa.eu/esco/skill/git';
export const DOCKER = 'http://data.europa.eu/esco/skill/docker';
export const JAVA = 'http://data.europa.eu/esco/skill/java';
export const KOTLIN = 'http://data.europa.eu/esco/skill/kotlin';
export const SOFTWARE_DEVELOPER = 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1';

export const THRESHOLDS: BlueCardThreshold[] = [
  {
    validFrom: '2025-01-01',
    standard: 48300,
    reduced: 43759.8,
    source: 'BMI announcement / make-it-in-germany.com Blue Card salary thresholds 2025',
  },
  {
    validFrom: '2026-01-01',
    standard: 50700,
    reduced: 45934.2,
    source: 'BMI announcement / make-it-in-germany.com Blue Card salary thresholds 2026',
  },
];

export function aCandidate(overrides: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    skillUris: [PYTHON, SQL, GIT, DOCKER],
    freeTextSkills: [],
    desiredOccupationUris: [SOFTWARE_DEVELOPER],
    desiredOccupationIscoCodes: ['2512'],
    languages: [
      { code: 'de', level: 'C1' },
      { code: 'en', level: 'C1' },
    ],
    preferredCities: ['Dresden'],
    openToRemote: false,
    crossBorderCommuter: false,
    availableFrom: '2026-04-01',
    degrees: [{ level: 'master', field: 'Computer Science', graduationYear: 2015 }],
    workPermit: 'eu_citizen',
    ...overrides,
  };
}

export function anOffer(overrides: Partial<OfferFacts> = {}): OfferFacts {
  return {
    requiredSkills: [
      { escoUri: PYTHON, label: 'Python' },
      { escoUri: SQL, label: 'SQL' },
    ],
    optionalSkills: [
      { escoUri: GIT, label: 'Git' },
      { escoUri: DOCKER, label: 'Docker' },
    ],
    occupationUri: SOFTWARE_DEVELOPER,
    occupationIscoCode: '2512',
    languages: [{ code: 'de', minLevel: 'B1' }],
    city: 'Dresden',
    workplace: 'onsite',
    contractType: 'permanent',
    salary: { min: 55000, max: 65000, currency: 'EUR', period: 'year' },
    visaSponsorship: true,
    minDegree: 'bachelor',
    startDate: '2026-04-01',
    contractDurationMonths: null,
    ...overrides,
  };
}

export function aContext(overrides: Partial<ScoringContext> = {}): ScoringContext {
  return { today: '2026-03-01', blueCardThresholds: THRESHOLDS, ...overrides };
}
