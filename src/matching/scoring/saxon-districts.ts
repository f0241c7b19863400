import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../common/project-root';

/**
 * Saxon municipalities → their district (Landkreis or kreisfreie Stadt), for
 * the location factor of the matching scorer. The data is
 * data/saxony/municipality-districts.json (a partial, hand-written list; its
 * README says what is in it and how to extend it), read once when this module
 * loads; the lookup itself does no I/O.
 *
 * Lookups normalise case, diacritics, "ß" and the umlaut spellings "ae/oe/ue",
 * and ignore a trailing qualifier such as "/Sa.", "in Sachsen", "/Vogtl.",
 * "/Erzgeb." or "/O.L." unless the bare name is ambiguous (e.g. "Oelsnitz" is
 * in two districts: only "Oelsnitz/Vogtl." and "Oelsnitz/Erzgeb." resolve).
 * Building the index fails if two entries claim one key.
 */

export const SAXON_DISTRICTS = [
  'Chemnitz',
  'Dresden',
  'Leipzig',
  'Landkreis Bautzen',
  'Erzgebirgskreis',
  'Landkreis Görlitz',
  'Landkreis Leipzig',
  'Landkreis Meißen',
  'Landkreis Mittelsachsen',
  'Landkreis Nordsachsen',
  'Landkreis Sächsische Schweiz-Osterzgebirge',
  'Vogtlandkreis',
  'Landkreis Zwickau',
] as const;
export type SaxonDistrict = (typeof SAXON_DISTRICTS)[number];

/**
 * Districts on the Polish or Czech border, where cross-border commuters earn
 * location credit (as agreed for the matching issue). Landkreis Mittelsachsen
 * also touches the Czech border on a short stretch in the Osterzgebirge
 * (Rechenberg-Bienenmühle, Neuhausen/Erzgeb.) but is not in the agreed list.
 */
export const BORDER_DISTRICTS: readonly SaxonDistrict[] = [
  'Landkreis Görlitz',
  'Landkreis Bautzen',
  'Landkreis Sächsische Schweiz-Osterzgebirge',
  'Erzgebirgskreis',
  'Vogtlandkreis',
];

/**
 * Qualifiers that may follow a Saxon place name (already normalised), longest first.
 * "Frankenberg/Sa." → "frankenberg sa" → "frankenberg".
 */
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

/** Lookup key of a place name: lower case, no diacritics, ß → ss, ae/oe/ue → a/o/u, "Sankt" → "st", punctuation → space. */
export function normalizeCityName(raw: string): string {
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

function withoutQualifier(key: string): string {
  for (const q of QUALIFIERS) {
    if (key.endsWith(` ${q}`)) return key.slice(0, -(q.length + 1)).trim();
  }
  return key;
}

/** A municipality in the data file: its official name, or the name with other spellings people type. */
type Entry = string | { name: string; aliases: string[] };

export const SAXON_MUNICIPALITIES_FILE = join(projectRoot(), 'data', 'saxony', 'municipality-districts.json');

interface MunicipalityData {
  districts: Record<SaxonDistrict, Entry[]>;
  ambiguousBareNames: string[];
}

const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isEntry = (e: unknown): e is Entry =>
  typeof e === 'string' || (typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' && 'aliases' in e && isNames(e.aliases));

/** Reads the data file; throws unless it lists exactly the Saxon districts, each with well-formed entries. */
export function readMunicipalityData(file = SAXON_MUNICIPALITIES_FILE): MunicipalityData {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { districts?: Partial<Record<string, unknown>>; ambiguousBareNames?: unknown };
  const districts = data.districts ?? {};
  const keys = Object.keys(districts);
  if (keys.length !== SAXON_DISTRICTS.length || !SAXON_DISTRICTS.every((d) => keys.includes(d))) {
    throw new Error(`${file}: "districts" must list exactly ${SAXON_DISTRICTS.join(', ')}`);
  }
  for (const district of SAXON_DISTRICTS) {
    const entries = districts[district];
    if (!Array.isArray(entries) || !entries.every(isEntry)) throw new Error(`${file}: each entry of ${district} must be a name or {name, aliases}`);
  }
  if (!isNames(data.ambiguousBareNames)) throw new Error(`${file}: "ambiguousBareNames" must be a list of names`);
  return { districts: districts as Record<SaxonDistrict, Entry[]>, ambiguousBareNames: data.ambiguousBareNames };
}

const DATA = readMunicipalityData();

/** Bare names that mean more than one Saxon municipality: they only resolve with their qualifier. */
export const AMBIGUOUS_BARE_NAMES: readonly string[] = DATA.ambiguousBareNames;

const AMBIGUOUS_KEYS = new Set(AMBIGUOUS_BARE_NAMES.map((name) => normalizeCityName(name)));

export interface SaxonMunicipality {
  /** Official name, as the data file lists it. */
  name: string;
  district: SaxonDistrict;
}

interface CityIndex {
  explicit: Map<string, SaxonMunicipality>;
  /** Names without their qualifier, only where that is unambiguous. */
  derived: Map<string, SaxonMunicipality>;
}

/** Builds the lookup; throws when two municipalities claim the same key (a data error, caught by the spec). */
export function buildCityIndex(data: Record<SaxonDistrict, Entry[]> = DATA.districts): CityIndex {
  const explicit = new Map<string, SaxonMunicipality>();
  const derivedCandidates = new Map<string, SaxonMunicipality[]>();
  for (const district of SAXON_DISTRICTS) {
    for (const entry of data[district]) {
      const { name, aliases } = typeof entry === 'string' ? { name: entry, aliases: [] } : entry;
      const municipality: SaxonMunicipality = { name, district };
      const keys = new Map([name, ...aliases].map((spelling) => [normalizeCityName(spelling), spelling]));
      for (const [key, spelling] of keys) {
        if (AMBIGUOUS_KEYS.has(key)) throw new Error(`"${spelling}" is ambiguous in Saxony: list it with its qualifier`);
        const existing = explicit.get(key);
        if (existing) throw new Error(`Saxon municipality key "${key}" is listed twice (${existing.name}, ${name})`);
        explicit.set(key, municipality);
        const base = withoutQualifier(key);
        if (base !== key) derivedCandidates.set(base, [...(derivedCandidates.get(base) ?? []), municipality]);
      }
    }
  }
  const derived = new Map<string, SaxonMunicipality>();
  for (const [base, candidates] of derivedCandidates) {
    const distinct = new Set(candidates.map((c) => c.name));
    // A bare name that is also an explicit entry, or shared by two places, stays ambiguous.
    if (distinct.size === 1 && !explicit.has(base) && !AMBIGUOUS_KEYS.has(base)) derived.set(base, candidates[0]);
  }
  return { explicit, derived };
}

const INDEX = buildCityIndex();

/** The Saxon municipality a typed city name means, or null when it is unknown or ambiguous. */
export function findSaxonMunicipality(city: string): SaxonMunicipality | null {
  const key = normalizeCityName(city);
  if (!key) return null;
  const exact = INDEX.explicit.get(key) ?? INDEX.derived.get(key);
  if (exact) return exact;
  const base = withoutQualifier(key);
  return INDEX.explicit.get(base) ?? INDEX.derived.get(base) ?? null;
}

export function districtOf(city: string): SaxonDistrict | null {
  return findSaxonMunicipality(city)?.district ?? null;
}

/** Number of municipalities listed (for the spec and the README). */
export function listedMunicipalityCount(): number {
  return new Set([...INDEX.explicit.values()].map((m) => m.name)).size;
}
