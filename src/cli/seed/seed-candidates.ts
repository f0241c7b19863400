import { cs_CZ, en, en_IN, es, base, Faker, pl, pt_BR, tr, uk, vi } from '@faker-js/faker';
import { AuthService } from '../../auth/auth.service';
import { CandidatesService } from '../../candidates/candidates.service';
import { PutCandidateProfileDto } from '../../candidates/dto/candidate-profile.dto';
import { FREE_TEXT_SKILLS, type DemoOccupation } from './demo-data';
import { SEED_PASSWORDS, seedCandidateEmail, type SeedLogin } from './seed-accounts';
import { weightedCity, type LabelLang, type SeedContext } from './seed-context';

/** A candidate's origin: faker locale, country, native language and the language they write skills in. */
const ORIGINS = [
  {
    locale: pl,
    country: 'PL',
    native: 'pl',
    skillLang: 'pl',
    weight: 5,
    eu: true,
    universities: ['Politechnika Wrocławska', 'Uniwersytet Jagielloński', 'Politechnika Łódzka'],
  },
  {
    locale: cs_CZ,
    country: 'CZ',
    native: 'cs',
    skillLang: 'cs',
    weight: 4,
    eu: true,
    universities: ['České vysoké učení technické v Praze', 'Technická univerzita v Liberci', 'Vysoké učení technické v Brně'],
  },
  {
    locale: uk,
    country: 'UA',
    native: 'uk',
    skillLang: 'en',
    weight: 3,
    eu: false,
    universities: ['Kyiv Polytechnic Institute', 'Lviv Polytechnic National University'],
  },
  {
    locale: en_IN,
    country: 'IN',
    native: 'hi',
    skillLang: 'en',
    weight: 3,
    eu: false,
    universities: ['Indian Institute of Technology Madras', 'Anna University', 'University of Pune'],
  },
  {
    locale: vi,
    country: 'VN',
    native: 'vi',
    skillLang: 'de',
    weight: 2,
    eu: false,
    universities: ['Hanoi University of Science and Technology', 'Vietnam National University, Ho Chi Minh City'],
  },
  {
    locale: tr,
    country: 'TR',
    native: 'tr',
    skillLang: 'de',
    weight: 2,
    eu: false,
    universities: ['Istanbul Technical University', 'Middle East Technical University'],
  },
  {
    locale: es,
    country: 'ES',
    native: 'es',
    skillLang: 'en',
    weight: 1,
    eu: true,
    universities: ['Universidad Politécnica de Madrid', 'Universitat Politècnica de València'],
  },
  {
    locale: pt_BR,
    country: 'BR',
    native: 'pt',
    skillLang: 'en',
    weight: 1,
    eu: false,
    universities: ['Universidade de São Paulo', 'Universidade Federal de Minas Gerais'],
  },
] as const;

/** Candidates: names from their own locale, skills written in their own language (resolution does the rest). */
export async function seedCandidates(
  seed: SeedContext,
  count: number,
): Promise<{ counts: { visible: number; hidden: number }; login: SeedLogin }> {
  const auth = seed.app.get(AuthService);
  const candidatesService = seed.app.get(CandidatesService);
  const { faker, occupations } = seed;
  const counts = { visible: 0, hidden: 0 };
  const originPool = ORIGINS.flatMap((o) => Array<typeof o>(o.weight).fill(o));
  for (let i = 0; i < count; i++) {
    const origin = originPool[i % originPool.length];
    const person = new Faker({ locale: [origin.locale, en, base], seed: 2026 + i });
    const occupation = occupations[(i * 7) % occupations.length];
    const skillLang = origin.skillLang as LabelLang;
    const skillLabels = faker.helpers
      .shuffle(occupation.skills)
      .slice(0, faker.number.int({ min: 3, max: 6 }))
      .map((s) => s[skillLang] ?? s.en ?? s.de!)
      .filter(Boolean);
    if (faker.number.int(4) === 0) skillLabels.push(faker.helpers.arrayElement(FREE_TEXT_SKILLS));
    const neighbour = origin.country === 'PL' || origin.country === 'CZ';
    const residesHome = neighbour || faker.number.int(9) < 7;
    const crossBorder = neighbour && faker.number.int(9) < 7;
    const borderCities = origin.country === 'PL' ? ['Görlitz', 'Zittau', 'Bautzen'] : ['Pirna', 'Dresden', 'Zwickau', 'Plauen', 'Freiberg'];
    const cities = crossBorder
      ? faker.helpers.arrayElements(borderCities, { min: 1, max: 3 })
      : faker.helpers.uniqueArray(() => weightedCity(faker).city, faker.number.int({ min: 1, max: 3 }));
    const visible = i % 10 !== 9;
    const degreeLevel = occupation.degree === 'bachelor' && faker.number.int(3) === 0 ? 'master' : occupation.degree;
    const years = faker.number.int({ min: 1, max: 12 });
    const body = await seed.validated(PutCandidateProfileDto, {
      firstName: person.person.firstName(),
      lastName: person.person.lastName(),
      headline:
        skillLang === 'de'
          ? `${occupation.labels.de ?? occupation.titleDe} mit ${years} Jahren Berufserfahrung`
          : `${occupation.labels.en ?? occupation.titleEn} with ${years} years of experience`,
      summary: `${occupation.labels.en ?? occupation.titleEn}. ${person.lorem.sentence()}`,
      countryOfOrigin: origin.country,
      residenceCountry: residesHome ? origin.country : 'DE',
      degrees: [
        {
          level: degreeLevel,
          field: occupation.labels.en ?? occupation.titleEn,
          institution:
            degreeLevel === 'vocational' ? `Vocational school ${person.location.city()}` : faker.helpers.arrayElement(origin.universities),
          country: origin.country,
          graduationYear: 2025 - years - faker.number.int(2),
        },
      ],
      skills: skillLabels,
      languages: [
        { code: origin.native, level: 'native' },
        {
          code: 'de',
          level: faker.helpers.weightedArrayElement([
            { value: 'A2', weight: 2 },
            { value: 'B1', weight: 3 },
            { value: 'B2', weight: 3 },
            { value: 'C1', weight: 2 },
          ]),
        },
        { code: 'en', level: faker.helpers.arrayElement(['A2', 'B1', 'B2', 'C1']) },
      ],
      desiredOccupations: [occupation.labels[skillLang] ?? occupation.labels.en ?? occupation.uri],
      preferredCities: cities,
      openToRemote: occupation.key === 'software' || occupation.key === 'data' ? faker.datatype.boolean() : false,
      crossBorderCommuter: crossBorder,
      availableFrom: `2027-${String(faker.number.int({ min: 1, max: 12 })).padStart(2, '0')}-01`,
      workPermit: origin.eu
        ? 'eu_citizen'
        : faker.helpers.weightedArrayElement([
            { value: 'needs_visa', weight: 6 },
            { value: 'has_permit', weight: 4 },
          ]),
      salaryExpectation: { min: annualExpectation(faker, occupation), currency: 'EUR' },
      visibility: visible ? 'employers' : 'hidden',
    });
    const user = (
      await auth.register({ email: seedCandidateEmail(i), password: SEED_PASSWORDS.candidate, role: 'candidate' }, { verified: true })
    ).user;
    await candidatesService.put(user, body);
    counts[visible ? 'visible' : 'hidden']++;
  }
  return { counts, login: { role: 'candidate', email: seedCandidateEmail(0), password: SEED_PASSWORDS.candidate } };
}

function annualExpectation(faker: Faker, occupation: DemoOccupation): number {
  const perYear = occupation.salary.period === 'year' ? 1 : occupation.salary.period === 'month' ? 12 : 1700;
  return Math.round((occupation.salary.min * perYear * (0.85 + faker.number.int(25) / 100)) / 1000) * 1000;
}
