/**
 * Saxon municipalities → their district (Landkreis or kreisfreie Stadt), for
 * the location factor of the matching scorer. Pure data plus a lookup; no I/O.
 *
 * PARTIAL LIST, written by hand. No npm package in reach carries German
 * municipality (AGS) data with districts, so this file lists the three
 * kreisfreie Städte and, per Landkreis, every town (Stadt) and the larger
 * municipalities we are sure about (districts as since the 2008 reform, merged
 * municipalities under their current names, the old names as aliases where
 * people still use them). A city that is not here is not an error: it only
 * earns no district credit.
 *
 * To extend it: add the official name (as the Statistisches Landesamt Sachsen
 * writes it) to its district below, plus `aliases` for other spellings people
 * type. Lookups normalise case, diacritics, "ß" and the umlaut spellings
 * "ae/oe/ue", and ignore a trailing qualifier such as "/Sa.", "in Sachsen",
 * "/Vogtl.", "/Erzgeb." or "/O.L." unless the bare name is ambiguous (e.g.
 * "Oelsnitz" is in two districts: only "Oelsnitz/Vogtl." and
 * "Oelsnitz/Erzgeb." resolve). The spec fails if two entries claim one key.
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

type Entry = string | { name: string; aliases: string[] };

const MUNICIPALITIES: Record<SaxonDistrict, Entry[]> = {
  Chemnitz: [{ name: 'Chemnitz', aliases: ['Karl-Marx-Stadt'] }],
  Dresden: ['Dresden'],
  Leipzig: ['Leipzig'],
  'Landkreis Bautzen': [
    'Bautzen',
    { name: 'Bernsdorf/O.L.', aliases: ['Bernsdorf (Oberlausitz)'] },
    'Bischofswerda',
    'Elstra',
    'Großröhrsdorf',
    'Hoyerswerda',
    'Kamenz',
    'Königsbrück',
    'Lauta',
    'Pulsnitz',
    'Radeberg',
    'Schirgiswalde-Kirschau',
    'Weißenberg',
    'Wilthen',
    'Wittichenau',
    'Arnsdorf',
    'Burkau',
    'Crostwitz',
    'Cunewalde',
    'Demitz-Thumitz',
    'Doberschau-Gaußig',
    'Elsterheide',
    'Göda',
    'Großdubrau',
    'Großharthau',
    { name: 'Großpostwitz/O.L.', aliases: ['Großpostwitz'] },
    'Haselbachtal',
    'Hochkirch',
    'Königswartha',
    'Kubschütz',
    'Laußnitz',
    'Lohsa',
    'Malschwitz',
    'Nebelschütz',
    'Neschwitz',
    { name: 'Neukirch/Lausitz', aliases: ['Neukirch (Lausitz)'] },
    'Obergurig',
    'Ohorn',
    'Oßling',
    'Ottendorf-Okrilla',
    'Panschwitz-Kuckau',
    'Puschwitz',
    'Radibor',
    'Räckelwitz',
    'Ralbitz-Rosenthal',
    'Rammenau',
    'Schmölln-Putzkau',
    'Schwepnitz',
    { name: 'Sohland a. d. Spree', aliases: ['Sohland an der Spree', 'Sohland'] },
    'Spreetal',
    'Steinigtwolmsdorf',
    'Wachau',
  ],
  'Landkreis Görlitz': [
    'Bad Muskau',
    { name: 'Bernstadt a. d. Eigen', aliases: ['Bernstadt auf dem Eigen'] },
    'Ebersbach-Neugersdorf',
    'Görlitz',
    'Herrnhut',
    'Löbau',
    'Neusalza-Spremberg',
    'Niesky',
    'Ostritz',
    { name: 'Reichenbach/O.L.', aliases: ['Reichenbach/Oberlausitz'] },
    { name: 'Rothenburg/O.L.', aliases: ['Rothenburg/Oberlausitz'] },
    { name: 'Weißwasser/O.L.', aliases: ['Weißwasser/Oberlausitz'] },
    'Zittau',
    'Bertsdorf-Hörnitz',
    { name: 'Boxberg/O.L.', aliases: ['Boxberg/Oberlausitz'] },
    'Großschönau',
    'Großschweidnitz',
    'Hohendubrau',
    'Jonsdorf',
    'Kodersdorf',
    'Königshain',
    'Kottmar',
    { name: 'Krauschwitz i.d. O.L.', aliases: ['Krauschwitz'] },
    'Lawalde',
    'Leutersdorf',
    'Markersdorf',
    'Mittelherwigsdorf',
    'Mücka',
    'Neißeaue',
    'Oderwitz',
    'Olbersdorf',
    'Oybin',
    'Rietschen',
    'Schleife',
    'Schönau-Berzdorf a. d. Eigen',
    'Schöpstal',
    'Seifhennersdorf',
    'Vierkirchen',
    'Waldhufen',
  ],
  'Landkreis Meißen': [
    'Coswig',
    'Gröditz',
    'Großenhain',
    'Lommatzsch',
    'Meißen',
    'Nossen',
    'Radebeul',
    'Radeburg',
    'Riesa',
    'Strehla',
    'Diera-Zehren',
    'Glaubitz',
    'Hirschstein',
    'Käbschütztal',
    'Klipphausen',
    'Lampertswalde',
    'Moritzburg',
    'Niederau',
    'Nünchritz',
    'Priestewitz',
    'Röderaue',
    'Schönfeld',
    'Stauchitz',
    'Thiendorf',
    'Weinböhla',
    'Wülknitz',
    'Zeithain',
  ],
  'Landkreis Sächsische Schweiz-Osterzgebirge': [
    'Altenberg',
    'Bad Gottleuba-Berggießhübel',
    'Bad Schandau',
    'Dippoldiswalde',
    'Dohna',
    'Freital',
    'Glashütte',
    'Heidenau',
    'Hohnstein',
    { name: 'Königstein/Sächs. Schw.', aliases: ['Königstein', 'Königstein (Sächsische Schweiz)'] },
    'Liebstadt',
    { name: 'Neustadt in Sachsen', aliases: ['Neustadt i. Sa.'] },
    'Pirna',
    'Rabenau',
    'Sebnitz',
    { name: 'Stadt Wehlen', aliases: ['Wehlen'] },
    'Stolpen',
    'Tharandt',
    'Wilsdruff',
    'Bahretal',
    'Bannewitz',
    'Dohma',
    'Dorfhain',
    'Dürrröhrsdorf-Dittersbach',
    'Gohrisch',
    'Hartmannsdorf-Reichenau',
    { name: 'Hermsdorf/Erzgeb.', aliases: [] },
    'Kirnitzschtal',
    'Klingenberg',
    'Kreischa',
    { name: 'Kurort Rathen', aliases: ['Rathen'] },
    'Lohmen',
    'Müglitztal',
    'Rathmannsdorf',
    'Reinhardtsdorf-Schöna',
    'Rosenthal-Bielatal',
    'Struppen',
  ],
  'Landkreis Mittelsachsen': [
    'Augustusburg',
    'Brand-Erbisdorf',
    'Burgstädt',
    'Döbeln',
    'Flöha',
    { name: 'Frankenberg/Sa.', aliases: ['Frankenberg (Sachsen)'] },
    'Frauenstein',
    'Freiberg',
    'Geringswalde',
    'Großschirma',
    'Hainichen',
    'Hartha',
    'Leisnig',
    'Lunzenau',
    'Mittweida',
    'Oederan',
    'Penig',
    'Rochlitz',
    'Roßwein',
    'Sayda',
    'Waldheim',
    'Altmittweida',
    'Bobritzsch-Hilbersdorf',
    'Claußnitz',
    'Dorfchemnitz',
    'Eppendorf',
    'Erlau',
    'Großweitzschen',
    'Halsbrücke',
    { name: 'Jahnatal', aliases: ['Ostrau', 'Zschaitz-Ottewig'] },
    'Königshain-Wiederau',
    'Kriebstein',
    'Leubsdorf',
    { name: 'Lichtenberg/Erzgeb.', aliases: [] },
    'Mühlau',
    { name: 'Mulda/Sa.', aliases: [] },
    { name: 'Neuhausen/Erzgeb.', aliases: [] },
    'Niederwiesa',
    'Rechenberg-Bienenmühle',
    'Reinsberg',
    'Rossau',
    'Seelitz',
    'Striegistal',
    'Taura',
    'Wechselburg',
    { name: 'Weißenborn/Erzgeb.', aliases: [] },
    'Zettlitz',
  ],
  'Landkreis Nordsachsen': [
    'Bad Düben',
    'Belgern-Schildau',
    'Dahlen',
    'Delitzsch',
    'Dommitzsch',
    'Eilenburg',
    'Mügeln',
    'Oschatz',
    'Schkeuditz',
    'Taucha',
    'Torgau',
    'Arzberg',
    'Beilrode',
    'Cavertitz',
    'Doberschütz',
    'Dreiheide',
    'Elsnig',
    'Großtreben-Zwethau',
    'Jesewitz',
    'Krostitz',
    'Laußig',
    'Liebschützberg',
    'Löbnitz',
    'Mockrehna',
    'Rackwitz',
    'Schönwölkau',
    'Trossin',
    'Wermsdorf',
    'Wiedemar',
    'Zschepplin',
  ],
  'Landkreis Leipzig': [
    'Bad Lausick',
    'Böhlen',
    'Borna',
    'Brandis',
    'Colditz',
    'Frohburg',
    'Geithain',
    'Grimma',
    'Groitzsch',
    'Kitzscher',
    'Markkleeberg',
    'Markranstädt',
    'Naunhof',
    'Pegau',
    'Regis-Breitingen',
    'Rötha',
    { name: 'Trebsen/Mulde', aliases: [] },
    'Wurzen',
    'Zwenkau',
    'Belgershain',
    'Bennewitz',
    'Borsdorf',
    'Elstertrebnitz',
    'Großpösna',
    'Lossatal',
    'Machern',
    'Neukieritzsch',
    'Otterwisch',
    'Parthenstein',
    'Thallwitz',
  ],
  'Landkreis Zwickau': [
    'Crimmitschau',
    'Glauchau',
    'Hartenstein',
    'Hohenstein-Ernstthal',
    'Kirchberg',
    { name: 'Lichtenstein/Sa.', aliases: ['Lichtenstein (Sachsen)'] },
    'Limbach-Oberfrohna',
    'Meerane',
    'Oberlungwitz',
    'Waldenburg',
    'Werdau',
    'Wildenfels',
    'Wilkau-Haßlau',
    'Zwickau',
    'Callenberg',
    'Crinitzberg',
    'Dennheritz',
    'Fraureuth',
    'Gersdorf',
    'Hirschfeld',
    'Langenbernsdorf',
    'Lichtentanne',
    'Mülsen',
    { name: 'Neukirchen/Pleiße', aliases: [] },
    'Niederfrohna',
    'Oberwiera',
    'Reinsdorf',
    'Remse',
    'Schönberg',
    { name: 'St. Egidien', aliases: ['Sankt Egidien'] },
  ],
  Erzgebirgskreis: [
    'Annaberg-Buchholz',
    { name: 'Aue-Bad Schlema', aliases: ['Aue', 'Bad Schlema', 'Aue (Sachsen)'] },
    'Ehrenfriedersdorf',
    'Eibenstock',
    'Elterlein',
    'Geyer',
    'Grünhain-Beierfeld',
    'Johanngeorgenstadt',
    'Jöhstadt',
    'Lauter-Bernsbach',
    'Lößnitz',
    'Lugau',
    'Marienberg',
    { name: 'Kurort Oberwiesenthal', aliases: ['Oberwiesenthal'] },
    { name: 'Oelsnitz/Erzgeb.', aliases: ['Oelsnitz im Erzgebirge', 'Oelsnitz (Erzgebirge)'] },
    'Olbernhau',
    'Pockau-Lengefeld',
    'Scheibenberg',
    'Schlettau',
    'Schneeberg',
    { name: 'Schwarzenberg/Erzgeb.', aliases: [] },
    { name: 'Stollberg/Erzgeb.', aliases: [] },
    { name: 'Thalheim/Erzgeb.', aliases: [] },
    'Thum',
    'Wolkenstein',
    'Zschopau',
    'Zwönitz',
    'Amtsberg',
    'Bärenstein',
    'Bockau',
    { name: 'Börnichen/Erzgeb.', aliases: [] },
    { name: 'Breitenbrunn/Erzgeb.', aliases: [] },
    'Burkhardtsdorf',
    'Crottendorf',
    'Deutschneudorf',
    'Drebach',
    { name: 'Gelenau/Erzgeb.', aliases: [] },
    { name: 'Gornau/Erzgeb.', aliases: [] },
    'Gornsdorf',
    'Großolbersdorf',
    'Großrückerswalde',
    'Grünhainichen',
    'Heidersdorf',
    'Hohndorf',
    { name: 'Jahnsdorf/Erzgeb.', aliases: [] },
    'Königswalde',
    'Mildenau',
    { name: 'Neukirchen/Erzgeb.', aliases: [] },
    'Niederdorf',
    'Niederwürschnitz',
    'Raschau-Markersbach',
    'Schönheide',
    'Sehmatal',
    { name: 'Kurort Seiffen/Erzgeb.', aliases: ['Seiffen'] },
    'Stützengrün',
    'Tannenberg',
    'Zschorlau',
  ],
  Vogtlandkreis: [
    { name: 'Adorf/Vogtl.', aliases: [] },
    { name: 'Auerbach/Vogtl.', aliases: ['Auerbach im Vogtland'] },
    'Bad Elster',
    'Elsterberg',
    { name: 'Falkenstein/Vogtl.', aliases: [] },
    'Klingenthal',
    'Lengenfeld',
    'Markneukirchen',
    'Netzschkau',
    { name: 'Oelsnitz/Vogtl.', aliases: ['Oelsnitz im Vogtland', 'Oelsnitz (Vogtland)'] },
    'Pausa-Mühltroff',
    'Plauen',
    { name: 'Reichenbach im Vogtland', aliases: ['Reichenbach/Vogtl.', 'Mylau'] },
    'Rodewisch',
    { name: 'Schöneck/Vogtl.', aliases: [] },
    'Treuen',
    'Bad Brambach',
    'Bergen',
    'Bösenbrunn',
    'Eichigt',
    'Ellefeld',
    'Grünbach',
    'Heinsdorfergrund',
    'Limbach',
    'Mühlental',
    'Muldenhammer',
    'Neuensalz',
    'Neumark',
    { name: 'Neustadt/Vogtl.', aliases: [] },
    'Pöhl',
    { name: 'Rosenbach/Vogtl.', aliases: [] },
    'Steinberg',
    'Theuma',
    'Tirpersdorf',
    { name: 'Triebel/Vogtl.', aliases: [] },
    'Weischlitz',
    'Werda',
  ],
};

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

/**
 * Bare names that mean more than one Saxon municipality, including places not
 * listed above (Auerbach/Erzgeb., Bernsdorf in LK Zwickau, Lichtenberg in LK
 * Bautzen, Rosenbach in LK Görlitz, Hartmannsdorf in LK Zwickau and
 * Mittelsachsen): they only resolve with their qualifier.
 */
export const AMBIGUOUS_BARE_NAMES: readonly string[] = [
  'auerbach',
  'bernsdorf',
  'hartmannsdorf',
  'lichtenberg',
  'neukirchen',
  'neustadt',
  'oelsnitz',
  'reichenbach',
  'rosenbach',
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

const AMBIGUOUS_KEYS = new Set(AMBIGUOUS_BARE_NAMES.map((name) => normalizeCityName(name)));

export interface SaxonMunicipality {
  /** Official name as listed here. */
  name: string;
  district: SaxonDistrict;
}

interface CityIndex {
  explicit: Map<string, SaxonMunicipality>;
  /** Names without their qualifier, only where that is unambiguous. */
  derived: Map<string, SaxonMunicipality>;
}

/** Builds the lookup; throws when two municipalities claim the same key (a data error, caught by the spec). */
export function buildCityIndex(data: Record<SaxonDistrict, Entry[]> = MUNICIPALITIES): CityIndex {
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
