import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../common/project-root';
import { allowedTypos, editDistance } from '../taxonomy/string-distance';

/**
 * The official Saxon geography as an in-memory, read-only table: the 418
 * municipalities (AGS, district, seat postcode), the 13 districts with the
 * borders they touch, and postcode → district. Read once from data/saxony/
 * (Destatis GV-ISys and GeoNames, see its README) when this module loads; the
 * lookups do no I/O, so the pure matching scorer can use them.
 *
 * Resolution follows the taxonomy's: exact lookup keys first (any case,
 * diacritics, "ae/oe/ue", with or without "Stadt"/"/Sa."-style qualifiers,
 * the Sorbian name, the 8-digit AGS), then a typo-tolerant match accepted only
 * within the typos Meilisearch would allow for the input's length
 * (taxonomy/string-distance.ts).
 */

export const SAXONY_DATA_DIR = join(projectRoot(), 'data', 'saxony');

export type Border = 'PL' | 'CZ';
export const BORDERS: readonly Border[] = ['PL', 'CZ'];

export interface SaxonDistrict {
  /** 5 digits, e.g. "14522". */
  code: string;
  /** GV name, e.g. "Mittelsachsen", "Leipzig, Stadt". */
  name: string;
  kind: 'Landkreis' | 'kreisfreie Stadt';
  borders: Border[];
}

export interface SaxonPlace {
  /** 8-digit Amtlicher Gemeindeschlüssel. */
  ags: string;
  /** The name shown and stored: the short name, with the district where two municipalities share it. */
  name: string;
  /** The GV name with its designation ("Freiberg, Stadt, Universitätsstadt"). */
  officialName: string;
  district: SaxonDistrict;
  /** Postcode of the municipality's seat. */
  postalCode: string;
  population: number;
}

/** Lookup key of a place name: lower case, no diacritics, ß → ss, ae/oe/ue → a/o/u, "Sankt" → "st", punctuation → space. */
export function placeKey(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bsankt\b/g, 'st');
}

/** Qualifiers that may follow a Saxon place name (as keys), longest first: "Frankenberg/Sa." → "frankenberg". */
const QUALIFIERS = [
  'sachsische schweiz',
  'sachs schw',
  'im vogtland',
  'im erzgebirge',
  'in sachsen',
  'oberlausitz',
  'erzgebirge',
  'vogtland',
  'sachsen',
  'erzgeb',
  'vogtl',
  'lausitz',
  'mulde',
  'pleisse',
  'i d o l',
  'o l',
  'sa',
];

function withoutQualifier(key: string): string {
  for (const q of QUALIFIERS) if (key.endsWith(` ${q}`)) return key.slice(0, -(q.length + 1)).trim();
  return key;
}

const AGS = /^14\d{6}$/;

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

export interface SaxonGeography {
  districts: Map<string, SaxonDistrict>;
  places: SaxonPlace[];
  byAgs: Map<string, SaxonPlace>;
  /** Lookup key → municipalities it names (more than one for a shared bare name such as "Bernsdorf"), most populous first. */
  byKey: Map<string, SaxonPlace[]>;
  /** Postcode → districts it lies in (02999 lies in two). */
  postalDistricts: Map<string, SaxonDistrict[]>;
}

/** Reads and checks the three files; throws (the app does not start) when they disagree with each other. */
export function loadSaxonGeography(dir = SAXONY_DATA_DIR): SaxonGeography {
  const districts = new Map<string, SaxonDistrict>();
  for (const row of readCsv(join(dir, 'districts.csv'))) {
    const borders = BORDERS.filter((b) => row[b === 'PL' ? 'borders_poland' : 'borders_czechia'] === 'true');
    if (row.kind !== 'Landkreis' && row.kind !== 'kreisfreie Stadt') throw new Error(`${dir}/districts.csv: unknown kind "${row.kind}"`);
    districts.set(row.district_code, { code: row.district_code, name: row.name, kind: row.kind, borders });
  }
  const rows = readCsv(join(dir, 'municipalities.csv'));
  const shortNameCount = new Map<string, number>();
  for (const row of rows) shortNameCount.set(row.short_name, (shortNameCount.get(row.short_name) ?? 0) + 1);
  const places: SaxonPlace[] = rows.map((row) => {
    const district = districts.get(row.district_code);
    if (!AGS.test(row.ags) || !district || !row.ags.startsWith(row.district_code)) {
      throw new Error(`${dir}/municipalities.csv: ${row.ags} ${row.name} has no valid AGS or district`);
    }
    const shared = (shortNameCount.get(row.short_name) ?? 0) > 1;
    return {
      ags: row.ags,
      name: shared ? `${row.short_name} (${district.name})` : row.short_name,
      officialName: row.name,
      district,
      postalCode: row.postal_code,
      population: Number(row.population),
    };
  });
  const byAgs = new Map(places.map((p) => [p.ags, p]));
  if (byAgs.size !== places.length) throw new Error(`${dir}/municipalities.csv: an AGS is listed twice`);

  const byKey = new Map<string, SaxonPlace[]>();
  const add = (key: string, place: SaxonPlace) => {
    if (!key) return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(place)) byKey.set(key, [...list, place]);
  };
  places.forEach((place, i) => {
    const row = rows[i];
    const official = row.name.split(',')[0]; // "Bautzen / Budyšin"
    const spellings = [place.name, row.short_name, row.name, official, ...official.split(' / ')];
    for (const spelling of spellings) {
      add(placeKey(spelling), place);
      add(withoutQualifier(placeKey(spelling)), place);
    }
  });
  for (const [key, list] of byKey)
    byKey.set(
      key,
      [...list].sort((a, b) => b.population - a.population || a.ags.localeCompare(b.ags)),
    );

  const postalDistricts = new Map<string, SaxonDistrict[]>();
  for (const row of readCsv(join(dir, 'postal_codes.csv'))) {
    const district = districts.get(row.district_code);
    if (!/^\d{5}$/.test(row.postal_code) || !district) throw new Error(`${dir}/postal_codes.csv: bad row ${row.postal_code}`);
    postalDistricts.set(row.postal_code, [...(postalDistricts.get(row.postal_code) ?? []), district]);
  }
  return { districts, places, byAgs, byKey, postalDistricts };
}

const GEO = loadSaxonGeography();

export const SAXON_DISTRICTS: readonly SaxonDistrict[] = [...GEO.districts.values()];
export const SAXON_PLACES: readonly SaxonPlace[] = GEO.places;

/**
 * The Saxon municipality an input means: an 8-digit AGS, a name (official,
 * short, Sorbian, with or without qualifier) or a name with a typo; null when
 * none is close enough. A name two municipalities share resolves to the more
 * populous; the other is reached by its shown name ("Bernsdorf (Zwickau)") or AGS.
 */
export function findPlace(input: string, geo: SaxonGeography = GEO): SaxonPlace | null {
  const trimmed = input.trim();
  if (/^\d{8}$/.test(trimmed)) return geo.byAgs.get(trimmed) ?? null;
  const key = placeKey(trimmed);
  if (!key) return null;
  const exact = geo.byKey.get(key) ?? geo.byKey.get(withoutQualifier(key));
  if (exact) return exact[0];
  const typos = allowedTypos(key.length);
  if (typos === 0) return null;
  let best: { place: SaxonPlace; distance: number } | null = null;
  for (const [candidate, list] of geo.byKey) {
    if (Math.abs(candidate.length - key.length) > typos) continue;
    const distance = editDistance(candidate, key);
    if (distance > typos) continue;
    const place = list[0];
    if (!best || distance < best.distance || (distance === best.distance && place.population > best.place.population)) {
      best = { place, distance };
    }
  }
  return best?.place ?? null;
}

/** The districts a postcode lies in (empty for a postcode outside Saxony or unknown). */
export function districtsOfPostalCode(postalCode: string | null | undefined, geo: SaxonGeography = GEO): SaxonDistrict[] {
  return postalCode ? (geo.postalDistricts.get(postalCode.trim()) ?? []) : [];
}

/**
 * The district of a workplace: its postcode decides (of a postcode in two
 * districts, the one of the named city); without a Saxon postcode, the city's.
 */
export function districtOfWorkplace(city: string, postalCode?: string | null, geo: SaxonGeography = GEO): SaxonDistrict | null {
  const byPostcode = districtsOfPostalCode(postalCode, geo);
  const place = findPlace(city, geo);
  if (byPostcode.length) return byPostcode.find((d) => d.code === place?.district.code) ?? byPostcode[0];
  return place?.district ?? null;
}

/** Border countries a district touches, for the commuter living in `residenceCountry` (any border when unknown or elsewhere). */
export function isBorderDistrictFor(district: SaxonDistrict, residenceCountry: string | null | undefined): boolean {
  const country = residenceCountry?.toUpperCase();
  if (country === 'PL' || country === 'CZ') return district.borders.includes(country);
  return district.borders.length > 0;
}

/**
 * Autocomplete: municipalities whose name (any spelling) starts with the
 * query, a word of it starting with the query, or within the allowed typos of
 * the query; AGS prefixes too. Best first: exact, prefix of the shown name,
 * prefix of another spelling or a word, typo; then by population.
 */
export function searchPlaces(q: string, limit: number, geo: SaxonGeography = GEO): SaxonPlace[] {
  const trimmed = q.trim();
  if (/^\d{1,8}$/.test(trimmed)) {
    return geo.places.filter((p) => p.ags.startsWith(trimmed)).slice(0, limit);
  }
  const key = placeKey(trimmed);
  if (!key) return [];
  const typos = allowedTypos(key.length);
  const rank = new Map<SaxonPlace, number>();
  const offer = (place: SaxonPlace, r: number) => {
    if ((rank.get(place) ?? Infinity) > r) rank.set(place, r);
  };
  for (const [candidate, list] of geo.byKey) {
    for (const place of list) {
      if (candidate === key) offer(place, 0);
      else if (placeKey(place.name).startsWith(key)) offer(place, 1);
      else if (candidate.startsWith(key) || candidate.split(' ').some((w) => w.startsWith(key))) offer(place, 2);
      else if (typos > 0 && editDistance(candidate.slice(0, key.length), key) <= typos) offer(place, 3);
    }
  }
  return [...rank]
    .sort(([a, ra], [b, rb]) => ra - rb || b.population - a.population || a.ags.localeCompare(b.ags))
    .slice(0, limit)
    .map(([place]) => place);
}
