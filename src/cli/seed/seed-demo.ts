import type { INestApplicationContext, Type } from '@nestjs/common';
import { base, cs_CZ, de, en, en_IN, es, Faker, pl, pt_BR, tr, uk, vi } from '@faker-js/faker';
import { DataSource } from 'typeorm';
import { AuthService } from '../../auth/auth.service';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { PasswordHasher } from '../../auth/password-hasher';
import { UsersRepository } from '../../auth/users.repository';
import { CANDIDATES_INDEX } from '../../candidates/candidates.index';
import { CandidatesService } from '../../candidates/candidates.service';
import { PutCandidateProfileDto } from '../../candidates/dto/candidate-profile.dto';
import { createValidationPipe } from '../../common/http/validation';
import { UpsertEmployerDto } from '../../employers/dto/upsert-employer.dto';
import { EmployersService } from '../../employers/employers.service';
import { CreateJobOfferDto } from '../../job-offers/dto/job-offer.dto';
import { JOB_OFFERS_INDEX } from '../../job-offers/job-offers.index';
import { JobOffersService } from '../../job-offers/job-offers.service';
import { SearchReindexerService } from '../../search/indexing/search-reindexer.service';
import { CITY_WEIGHTS, DEMO_OCCUPATIONS, DemoOccupation, SAXON_CITIES } from './demo-data';

/** DEMO ONLY: every seeded account of a role shares this password. Never use the seed on a real installation. */
export const SEED_PASSWORDS = {
  employer: 'demo-employer-2026!',
  candidate: 'demo-candidate-2026!',
  staff: 'demo-staff-2026!',
} as const;
export const SEED_DOMAIN = 'talentbridge.example';
export const SEED_MARKER_EMAIL = `seed-employer-01@${SEED_DOMAIN}`;
export const DEMO_STAFF_EMAIL = `staff@${SEED_DOMAIN}`;

export interface SeedOptions {
  /** 1 = the full demo (25 employers, 80 offers, 200 candidates); smaller for tests. */
  scale?: number;
  /** Seed again even if a seed is there: earlier seed accounts (and their data) are deleted first. */
  force?: boolean;
  /** An existing staff account to decide with (STAFF_EMAIL/STAFF_PASSWORD); otherwise a demo staff account is created. */
  staff?: { email: string; password: string };
  log?: (line: string) => void;
}

export interface SeedLogin {
  role: 'employer' | 'candidate' | 'staff';
  email: string;
  password: string;
}

export interface SeedResult {
  alreadySeeded: boolean;
  employers: Record<string, number>;
  offers: Record<string, number>;
  candidates: { visible: number; hidden: number };
  indexed: Record<string, number>;
  logins: SeedLogin[];
}

interface Labels {
  de?: string;
  en?: string;
  pl?: string;
  cs?: string;
}
interface Occupation extends DemoOccupation {
  labels: Labels;
  skills: Labels[];
}
type LabelLang = keyof Labels;

/** A candidate's origin: faker locale, country, native language and the language they write skills in. */
const ORIGINS = [
  { locale: pl, country: 'PL', native: 'pl', skillLang: 'pl', weight: 5, eu: true, universities: ['Politechnika Wrocławska', 'Uniwersytet Jagielloński', 'Politechnika Łódzka'] },
  { locale: cs_CZ, country: 'CZ', native: 'cs', skillLang: 'cs', weight: 4, eu: true, universities: ['České vysoké učení technické v Praze', 'Technická univerzita v Liberci', 'Vysoké učení technické v Brně'] },
  { locale: uk, country: 'UA', native: 'uk', skillLang: 'en', weight: 3, eu: false, universities: ['Kyiv Polytechnic Institute', 'Lviv Polytechnic National University'] },
  { locale: en_IN, country: 'IN', native: 'hi', skillLang: 'en', weight: 3, eu: false, universities: ['Indian Institute of Technology Madras', 'Anna University', 'University of Pune'] },
  { locale: vi, country: 'VN', native: 'vi', skillLang: 'de', weight: 2, eu: false, universities: ['Hanoi University of Science and Technology', 'Vietnam National University, Ho Chi Minh City'] },
  { locale: tr, country: 'TR', native: 'tr', skillLang: 'de', weight: 2, eu: false, universities: ['Istanbul Technical University', 'Middle East Technical University'] },
  { locale: es, country: 'ES', native: 'es', skillLang: 'en', weight: 1, eu: true, universities: ['Universidad Politécnica de Madrid', 'Universitat Politècnica de València'] },
  { locale: pt_BR, country: 'BR', native: 'pt', skillLang: 'en', weight: 1, eu: false, universities: ['Universidade de São Paulo', 'Universidade Federal de Minas Gerais'] },
] as const;

const COMPANY_PREFIX = ['Elbtal', 'Erzgebirgische', 'Lausitzer', 'Vogtland', 'Sächsische', 'Muldental', 'Oberlausitzer', 'Elbsandstein', 'Mitteldeutsche', 'Westsächsische', 'Neiße', 'Zschopautal'];
const COMPANY_WORD: Record<string, string[]> = {
  Software: ['Software', 'Digital', 'Datentechnik'],
  Gesundheitswesen: ['Klinikum', 'Krankenhaus', 'Gesundheitszentrum'],
  Pflege: ['Pflegedienst', 'Seniorenpflege', 'Sozialstation'],
  Metallbau: ['Metallbau', 'Stahlbau', 'Schweißtechnik'],
  Elektrotechnik: ['Elektrotechnik', 'Energieanlagen', 'Automatisierung'],
  Handwerk: ['Elektro-Handwerk', 'Haustechnik', 'Gebäudetechnik'],
  Automobilzulieferer: ['Fahrzeugtechnik', 'Automotive Systeme', 'Antriebstechnik'],
  Maschinenbau: ['Maschinenbau', 'Werkzeugmaschinen', 'Anlagenbau'],
  Logistik: ['Logistik', 'Spedition', 'Transport'],
  Gastronomie: ['Gasthof', 'Hotel & Restaurant', 'Gastronomie'],
  Bauwesen: ['Bau', 'Ingenieurbau', 'Tiefbau'],
};
const LEGAL_FORMS = ['GmbH', 'GmbH', 'AG', 'GmbH & Co. KG', 'eG'];
const SIZES = ['1-9', '10-49', '50-249', '250+'] as const;
const FREE_TEXT_SKILLS = ['Führerschein Klasse B', 'MS Office', 'Teamfähigkeit', 'SAP', 'Schichtbereitschaft'];

/**
 * Fills a realistic multilingual demo through the real services (validation,
 * taxonomy resolution, moderation rules, outbox) and rebuilds the search
 * indexes at the end, so search is ready when it returns. Deterministic
 * (faker seed 2026); a second run reports `alreadySeeded` unless `force`.
 */
export async function seedDemo(app: INestApplicationContext, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => undefined);
  const scale = options.scale ?? 1;
  const db = app.get(DataSource);
  const users = app.get(UsersRepository);
  const auth = app.get(AuthService);
  const employersService = app.get(EmployersService);
  const offersService = app.get(JobOffersService);
  const candidatesService = app.get(CandidatesService);
  const pipe = createValidationPipe();
  const validated = <T>(metatype: Type<T>, body: object): Promise<T> => pipe.transform(body, { type: 'body', metatype });

  const result: SeedResult = { alreadySeeded: false, employers: {}, offers: {}, candidates: { visible: 0, hidden: 0 }, indexed: {}, logins: [] };
  if (await users.findByEmail(SEED_MARKER_EMAIL)) {
    if (!options.force) return { ...result, alreadySeeded: true };
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM users WHERE email LIKE $1`, [`seed-%@${SEED_DOMAIN}`]);
    await db.query(`DELETE FROM users WHERE email LIKE $1`, [`seed-%@${SEED_DOMAIN}`]);
    log(`--force: deleted ${count} earlier seed accounts (with their organisations, offers and profiles)`);
  }

  const staff = await staffAccount(app, options.staff);
  result.logins.push({ role: 'staff', ...staff.login });
  const occupations = await loadOccupations(db);
  const faker = new Faker({ locale: [de, en, base], seed: 2026 });

  // Employers: most verified by staff, a few pending or rejected.
  const employerCount = Math.max(3, Math.round(25 * scale));
  const employers: { user: AuthenticatedUser; status: string; city: string; postalCode: string; occupations: Occupation[] }[] = [];
  for (let i = 0; i < employerCount; i++) {
    const email = `seed-employer-${String(i + 1).padStart(2, '0')}@${SEED_DOMAIN}`;
    const user = (await auth.register({ email, password: SEED_PASSWORDS.employer, role: 'employer' })).user;
    const primary = occupations[i % occupations.length];
    const secondary = occupations.find((o) => o.industry === primary.industry && o.key !== primary.key) ?? occupations[(i + 5) % occupations.length];
    const place = i < SAXON_CITIES.length ? SAXON_CITIES[i] : weightedCity(faker);
    const name = `${COMPANY_PREFIX[i % COMPANY_PREFIX.length]} ${faker.helpers.arrayElement(COMPANY_WORD[primary.industry] ?? ['Service'])} ${faker.helpers.arrayElement(LEGAL_FORMS)}`;
    const slug = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');
    const body = await validated(UpsertEmployerDto, {
      name,
      website: `https://${slug}.example`,
      city: place.city,
      postalCode: place.postalCode,
      industry: primary.industry,
      size: faker.helpers.arrayElement(SIZES),
      description: `${name} mit Sitz in ${place.city} sucht internationale Fachkräfte (${primary.labels.de ?? primary.titleDe}). ${faker.company.catchPhrase()}.`,
      registrationNumber: `HRB ${faker.number.int({ min: 1000, max: 39999 })}`,
    });
    const employer = await employersService.upsertMine(user, body);
    const status = i % 9 === 4 ? 'pending' : i % 11 === 7 ? 'rejected' : 'verified';
    if (status !== 'pending') {
      await employersService.decide(staff.user, employer.id, status === 'verified' ? 'verify' : 'reject', status === 'verified' ? 'Handelsregister geprüft' : 'Kein Eintrag im Handelsregister gefunden');
    }
    result.employers[status] = (result.employers[status] ?? 0) + 1;
    employers.push({ user, status, city: place.city, postalCode: place.postalCode, occupations: [primary, secondary] });
    if (i === 0) result.logins.push({ role: 'employer', email, password: SEED_PASSWORDS.employer });
  }
  log(`employers: ${JSON.stringify(result.employers)}`);

  // Job offers: most published; some drafts, waiting for review, closed. Unverified employers only draft.
  const offerCount = Math.max(6, Math.round(80 * scale));
  for (let i = 0; i < offerCount; i++) {
    const employer = employers[i % employers.length];
    const occupation = employer.occupations[Math.floor(i / employers.length) % 2];
    const german = i % 3 !== 2;
    const lang: LabelLang = german ? 'de' : 'en';
    const skills = faker.helpers.shuffle(occupation.skills.filter((s) => s[lang])).map((s) => s[lang]!);
    const place = faker.number.int(3) === 0 ? weightedCity(faker) : { city: employer.city, postalCode: employer.postalCode };
    const salary = jitterSalary(faker, occupation.salary);
    const languages = [
      { code: 'de', minLevel: occupation.key === 'software' && !german ? 'A1' : occupation.germanLevel },
      ...(occupation.degree !== 'vocational' || !german ? [{ code: 'en', minLevel: faker.helpers.arrayElement(['B1', 'B2']) }] : []),
    ];
    const body = await validated(CreateJobOfferDto, {
      title: german ? occupation.titleDe : occupation.titleEn,
      description: german
        ? `Wir suchen zur Verstärkung unseres Teams in ${place.city} eine/n ${occupation.labels.de ?? occupation.titleDe}. Ihre Aufgaben: ${skills.slice(0, 3).join(', ')}. Wir bieten ein unbefristetes Arbeitsverhältnis, Unterstützung beim Deutschkurs und bei der Anerkennung Ihres Abschlusses.`
        : `Join our team in ${place.city}, Saxony, as ${occupation.labels.en ?? occupation.titleEn}. You will: ${skills.slice(0, 3).join(', ')}. We support German courses, relocation and the recognition of your qualification.`,
      occupation: german ? (occupation.labels.de ?? occupation.uri) : (occupation.labels.en ?? occupation.uri),
      requiredSkills: skills.slice(0, faker.number.int({ min: 3, max: 5 })),
      optionalSkills: [...skills.slice(5, 6 + faker.number.int(1)), ...(faker.number.int(4) === 0 ? [faker.helpers.arrayElement(FREE_TEXT_SKILLS)] : [])],
      languages,
      city: place.city,
      postalCode: place.postalCode,
      workplace: occupation.key === 'software' || occupation.key === 'data' ? faker.helpers.arrayElement(['hybrid', 'remote', 'onsite']) : 'onsite',
      contractType: faker.number.int(9) === 0 ? 'fixed_term' : occupation.degree === 'vocational' && faker.number.int(9) === 0 ? 'apprenticeship' : 'permanent',
      salary: { ...salary, currency: 'EUR', period: occupation.salary.period },
      visaSponsorship: faker.number.int(9) < 4,
      relocationSupport: faker.number.int(9) < 3,
      minDegree: occupation.degree,
      startDate: `2027-${String(faker.number.int({ min: 1, max: 9 })).padStart(2, '0')}-01`,
    });
    const created = await offersService.create(employer.user, body);
    let status = 'draft';
    const roll = i % 10;
    if (employer.status === 'verified' && roll !== 7) {
      await offersService.submit(employer.user, created.id);
      status = 'pending_review';
      if (roll !== 8) {
        await offersService.decide(staff.user, created.id, 'approve', undefined);
        status = 'published';
        if (roll === 9) {
          await offersService.close(employer.user, created.id);
          status = 'closed';
        }
      }
    }
    result.offers[status] = (result.offers[status] ?? 0) + 1;
  }
  log(`offers: ${JSON.stringify(result.offers)}`);

  // Candidates: names from their own locale, skills written in their own language (resolution does the rest).
  const candidateCount = Math.max(10, Math.round(200 * scale));
  const originPool = ORIGINS.flatMap((o) => Array<typeof o>(o.weight).fill(o));
  for (let i = 0; i < candidateCount; i++) {
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
    const cities = crossBorder ? faker.helpers.arrayElements(borderCities, { min: 1, max: 3 }) : faker.helpers.uniqueArray(() => weightedCity(faker).city, faker.number.int({ min: 1, max: 3 }));
    const visible = i % 10 !== 9;
    const degreeLevel = occupation.degree === 'bachelor' && faker.number.int(3) === 0 ? 'master' : occupation.degree;
    const years = faker.number.int({ min: 1, max: 12 });
    const body = await validated(PutCandidateProfileDto, {
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
          institution: degreeLevel === 'vocational' ? `Vocational school ${person.location.city()}` : faker.helpers.arrayElement(origin.universities),
          country: origin.country,
          graduationYear: 2025 - years - faker.number.int(2),
        },
      ],
      skills: skillLabels,
      languages: [
        { code: origin.native, level: 'native' },
        { code: 'de', level: faker.helpers.weightedArrayElement([{ value: 'A2', weight: 2 }, { value: 'B1', weight: 3 }, { value: 'B2', weight: 3 }, { value: 'C1', weight: 2 }]) },
        { code: 'en', level: faker.helpers.arrayElement(['A2', 'B1', 'B2', 'C1']) },
      ],
      desiredOccupations: [occupation.labels[skillLang] ?? occupation.labels.en ?? occupation.uri],
      preferredCities: cities,
      openToRemote: occupation.key === 'software' || occupation.key === 'data' ? faker.datatype.boolean() : false,
      crossBorderCommuter: crossBorder,
      availableFrom: `2027-${String(faker.number.int({ min: 1, max: 12 })).padStart(2, '0')}-01`,
      workPermit: origin.eu ? 'eu_citizen' : faker.helpers.weightedArrayElement([{ value: 'needs_visa', weight: 6 }, { value: 'has_permit', weight: 4 }]),
      salaryExpectation: { min: annualExpectation(faker, occupation), currency: 'EUR' },
      visibility: visible ? 'employers' : 'hidden',
    });
    const email = `seed-candidate-${String(i + 1).padStart(3, '0')}@${SEED_DOMAIN}`;
    const user = (await auth.register({ email, password: SEED_PASSWORDS.candidate, role: 'candidate' })).user;
    await candidatesService.put(user, body);
    result.candidates[visible ? 'visible' : 'hidden']++;
    if (i === 0) result.logins.push({ role: 'candidate', email, password: SEED_PASSWORDS.candidate });
  }
  log(`candidates: ${JSON.stringify(result.candidates)}`);

  // Rebuild both indexes from PostgreSQL: search is complete when this returns, with or without an outbox worker.
  const counts = await app.get(SearchReindexerService).reindex([JOB_OFFERS_INDEX, CANDIDATES_INDEX]);
  for (const [name, r] of Object.entries(counts)) result.indexed[name] = r.documents;
  log(`indexed: ${JSON.stringify(result.indexed)}`);
  result.logins.sort((a, b) => ['employer', 'candidate', 'staff'].indexOf(a.role) - ['employer', 'candidate', 'staff'].indexOf(b.role));
  return result;
}

/** The configured staff account, or the demo one (created with the demo password if missing). */
async function staffAccount(app: INestApplicationContext, configured: SeedOptions['staff']): Promise<{ user: AuthenticatedUser; login: { email: string; password: string } }> {
  const users = app.get(UsersRepository);
  const email = (configured?.email ?? DEMO_STAFF_EMAIL).trim().toLowerCase();
  const password = configured?.password ?? SEED_PASSWORDS.staff;
  let row = await users.findByEmail(email);
  if (!row) {
    await users.create({ email, role: 'staff', passwordHash: await app.get(PasswordHasher).hash(password) });
    row = await users.findByEmail(email);
  }
  if (!row || row.role !== 'staff') throw new Error(`${email} exists but is not a staff account`);
  return { user: { id: row.id, email: row.email, role: 'staff' }, login: { email, password } };
}

/** Preferred labels (de/en/pl/cs) of the demo occupations and of their essential skills, from the imported ESCO tables. */
async function loadOccupations(db: DataSource): Promise<Occupation[]> {
  const uris = DEMO_OCCUPATIONS.map((o) => o.uri);
  const links: { occupation_uri: string; skill_uri: string }[] = await db.query(
    `SELECT occupation_uri, skill_uri FROM esco_occupation_skills WHERE occupation_uri = ANY($1) AND relation = 'essential' ORDER BY occupation_uri, skill_uri`,
    [uris],
  );
  const conceptUris = [...uris, ...new Set(links.map((l) => l.skill_uri))];
  const rows: { concept_uri: string; lang: LabelLang; label: string }[] = await db.query(
    `SELECT concept_uri, lang, label FROM esco_labels WHERE preferred AND lang IN ('de', 'en', 'pl', 'cs') AND concept_uri = ANY($1) ORDER BY id`,
    [conceptUris],
  );
  const labels = new Map<string, Labels>();
  for (const r of rows) {
    const entry = labels.get(r.concept_uri) ?? {};
    entry[r.lang] ??= r.label;
    labels.set(r.concept_uri, entry);
  }
  const occupations = DEMO_OCCUPATIONS.filter((o) => labels.has(o.uri)).map((o) => ({
    ...o,
    labels: labels.get(o.uri)!,
    skills: links
      .filter((l) => l.occupation_uri === o.uri)
      .map((l) => labels.get(l.skill_uri))
      .filter((l): l is Labels => !!l?.de && !!l.en)
      .slice(0, 14),
  }));
  const usable = occupations.filter((o) => o.skills.length >= 3);
  if (!usable.length) throw new Error('The ESCO taxonomy is not imported (no demo occupations found): start the app once or run npm run taxonomy:import');
  return usable;
}

function weightedCity(faker: Faker): { city: string; postalCode: string } {
  return faker.helpers.weightedArrayElement(SAXON_CITIES.map((c) => ({ value: c, weight: CITY_WEIGHTS[c.city] ?? 1 })));
}

function jitterSalary(faker: Faker, s: DemoOccupation['salary']): { min: number; max: number } {
  const factor = 0.9 + faker.number.int(20) / 100;
  const round = s.period === 'hour' ? (n: number) => Math.round(n * 2) / 2 : s.period === 'month' ? (n: number) => Math.round(n / 50) * 50 : (n: number) => Math.round(n / 500) * 500;
  const min = round(s.min * factor);
  return { min, max: Math.max(min, round(s.max * factor)) };
}

function annualExpectation(faker: Faker, occupation: DemoOccupation): number {
  const perYear = occupation.salary.period === 'year' ? 1 : occupation.salary.period === 'month' ? 12 : 1700;
  return Math.round((occupation.salary.min * perYear * (0.85 + faker.number.int(25) / 100)) / 1000) * 1000;
}
