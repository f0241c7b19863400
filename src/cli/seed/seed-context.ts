import type { INestApplicationContext, Type } from '@nestjs/common';
import { base, de, en, Faker } from '@faker-js/faker';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { createValidationPipe } from '../../common/http/validation';
import { CITY_WEIGHTS, DEMO_OCCUPATIONS, SAXON_CITIES, type DemoOccupation } from './demo-data';

export interface Labels {
  de?: string;
  en?: string;
  pl?: string;
  cs?: string;
}
export type LabelLang = keyof Labels;
/** A demo occupation with its preferred labels and those of (up to 14 of) its essential skills. */
export interface Occupation extends DemoOccupation {
  labels: Labels;
  skills: Labels[];
}

/** What every step of the demo seed works with. */
export interface SeedContext {
  app: INestApplicationContext;
  /** The staff account that decides on employers and offers. */
  staff: AuthenticatedUser;
  occupations: Occupation[];
  /**
   * The demo's one random source (seed 2026). The steps draw from it in a fixed
   * order (employers, offers, candidates), so every run seeds the same demo.
   */
  faker: Faker;
  /** A request body through the app's validation pipe, as a controller would receive it. */
  validated<T>(metatype: Type<T>, body: object): Promise<T>;
}

export async function seedContext(app: INestApplicationContext, staff: AuthenticatedUser): Promise<SeedContext> {
  const occupations = await loadOccupations(app.get(DataSource));
  const pipe = createValidationPipe();
  return {
    app,
    staff,
    occupations,
    faker: new Faker({ locale: [de, en, base], seed: 2026 }),
    validated: <T>(metatype: Type<T>, body: object): Promise<T> => pipe.transform(body, { type: 'body', metatype }),
  };
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

/** A Saxon place, big cities more often (CITY_WEIGHTS). */
export function weightedCity(faker: Faker): { city: string; postalCode: string } {
  return faker.helpers.weightedArrayElement(SAXON_CITIES.map((c) => ({ value: c, weight: CITY_WEIGHTS[c.city] ?? 1 })));
}
