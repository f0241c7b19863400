import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { AuthService } from '../../auth/auth.service';
import { UpsertEmployerDto } from '../../employers/dto/upsert-employer.dto';
import { EmployersService } from '../../employers/employers.service';
import { SAXON_CITIES } from './demo-data';
import { SEED_PASSWORDS, seedEmployerEmail, type SeedLogin } from './seed-accounts';
import { weightedCity, type Occupation, type SeedContext } from './seed-context';

const COMPANY_PREFIX = [
  'Elbtal',
  'Erzgebirgische',
  'Lausitzer',
  'Vogtland',
  'Sächsische',
  'Muldental',
  'Oberlausitzer',
  'Elbsandstein',
  'Mitteldeutsche',
  'Westsächsische',
  'Neiße',
  'Zschopautal',
];
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

/** A seeded employer account with what its offers are drawn from. */
export interface SeededEmployer {
  user: AuthenticatedUser;
  status: string;
  city: string;
  postalCode: string;
  /** The two occupations it hires for: a primary one and one of the same industry. */
  occupations: Occupation[];
}

/** Employers: most verified by staff, a few pending or rejected. */
export async function seedEmployers(
  seed: SeedContext,
  count: number,
): Promise<{ employers: SeededEmployer[]; counts: Record<string, number>; login: SeedLogin }> {
  const auth = seed.app.get(AuthService);
  const employersService = seed.app.get(EmployersService);
  const { faker, occupations } = seed;
  const counts: Record<string, number> = {};
  const employers: SeededEmployer[] = [];
  for (let i = 0; i < count; i++) {
    const email = seedEmployerEmail(i);
    const user = (await auth.register({ email, password: SEED_PASSWORDS.employer, role: 'employer', language: 'de' }, { verified: true }))
      .user;
    const primary = occupations[i % occupations.length];
    const secondary =
      occupations.find((o) => o.industry === primary.industry && o.key !== primary.key) ?? occupations[(i + 5) % occupations.length];
    const place = i < SAXON_CITIES.length ? SAXON_CITIES[i] : weightedCity(faker);
    const name = `${COMPANY_PREFIX[i % COMPANY_PREFIX.length]} ${faker.helpers.arrayElement(COMPANY_WORD[primary.industry] ?? ['Service'])} ${faker.helpers.arrayElement(LEGAL_FORMS)}`;
    const slug = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/(^-|-$)/g, '');
    const body = await seed.validated(UpsertEmployerDto, {
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
      await employersService.decide(
        seed.staff,
        employer.id,
        status === 'verified' ? 'verify' : 'reject',
        status === 'verified' ? 'Handelsregister geprüft' : 'Kein Eintrag im Handelsregister gefunden',
      );
    }
    counts[status] = (counts[status] ?? 0) + 1;
    employers.push({ user, status, city: place.city, postalCode: place.postalCode, occupations: [primary, secondary] });
  }
  return { employers, counts, login: { role: 'employer', email: seedEmployerEmail(0), password: SEED_PASSWORDS.employer } };
}
