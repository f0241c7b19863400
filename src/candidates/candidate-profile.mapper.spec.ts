import { isVisibleToEmployers, toCandidateDocument, toEmployerView } from './candidate-profile.mapper';
import type { CandidateProfileEntity } from './entities/candidate-profile.entity';

const PYTHON = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d';

function profile(overrides: Partial<CandidateProfileEntity> = {}): CandidateProfileEntity {
  return {
    id: 'p1',
    userId: 'u1',
    firstName: 'Olena',
    lastName: 'Kovalenko',
    headline: 'Developer',
    summary: 'Builds services',
    countryOfOrigin: 'UA',
    residenceCountry: 'UA',
    degrees: [
      { level: 'bachelor', field: 'CS', institution: 'KPI', country: 'UA', graduationYear: 2015 },
      { level: 'master', field: 'CS', institution: 'KPI', country: 'UA', graduationYear: 2017 },
    ],
    skills: [
      { label: 'Python (computer programming)', escoUri: PYTHON },
      { label: 'Böhmische Knödel', escoUri: null },
    ],
    languages: [
      { code: 'de', level: 'B2' },
      { code: 'uk', level: 'native' },
    ],
    desiredOccupations: [],
    preferredCities: ['Görlitz'],
    preferredCityAgs: ['14626110'],
    openToRemote: false,
    crossBorderCommuter: true,
    availableFrom: '1970-01-11',
    workPermit: 'needs_visa',
    citizenships: [],
    residenceTitle: null,
    experience: [],
    salaryMin: 987654,
    salaryCurrency: 'EUR',
    visibility: 'employers',
    hiddenByStaffAt: null,
    hiddenByStaffReason: 'secret staff note',
    retentionHiddenAt: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-02T00:00:00Z'),
    version: 1,
    ...overrides,
  };
}

describe('candidate profile mapper', () => {
  it('builds the index document with numeric levels, keys and all labels, and nothing private', () => {
    const doc = toCandidateDocument(profile(), new Map([[PYTHON, ['Python', 'Python (Computerprogrammierung)']]]));
    expect(doc).toMatchObject({
      skillUris: [PYTHON],
      skillKeys: [PYTHON, 'text:bohmische knodel'],
      skillLabels: ['Python (computer programming)', 'Python', 'Python (Computerprogrammierung)', 'Böhmische Knödel'],
      languageLevels: { de: 4, uk: 7 },
      degreeLevel: 3,
      availableFrom: 10,
      countries: ['UA'],
      cityKeys: ['gorlitz'],
    });
    const text = JSON.stringify(doc);
    for (const secret of ['Kovalenko', '987654', 'secret staff note', 'KPI', 'u1']) expect(text).not.toContain(secret);
  });

  it.each([
    [{}, true],
    [{ visibility: 'hidden' as const }, false],
    [{ hiddenByStaffAt: new Date() }, false],
    [{ retentionHiddenAt: new Date() }, false],
  ])('decides whether employers may see a profile (%o → %s)', (overrides, visible) => {
    expect(isVisibleToEmployers(profile(overrides))).toBe(visible);
  });

  it('leaves contact data out of the employer view unless it is shared', () => {
    expect(toEmployerView(profile(), null)).not.toHaveProperty('email');
    expect(toEmployerView(profile(), null)).not.toHaveProperty('lastName');
    expect(toEmployerView(profile(), { email: 'o@example.org' })).toMatchObject({
      email: 'o@example.org',
      lastName: 'Kovalenko',
      contactShared: true,
    });
  });
});
