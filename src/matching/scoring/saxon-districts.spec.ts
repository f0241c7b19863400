import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AMBIGUOUS_BARE_NAMES,
  BORDER_DISTRICTS,
  buildCityIndex,
  districtOf,
  findSaxonMunicipality,
  listedMunicipalityCount,
  normalizeCityName,
  readMunicipalityData,
  SAXON_DISTRICTS,
  SaxonDistrict,
} from './saxon-districts';

describe('Saxon districts', () => {
  it('has the 10 Landkreise and 3 kreisfreie Städte, and the five agreed border districts', () => {
    expect(SAXON_DISTRICTS).toHaveLength(13);
    expect(SAXON_DISTRICTS.filter((d) => !d.startsWith('Landkreis') && !d.endsWith('kreis'))).toEqual(['Chemnitz', 'Dresden', 'Leipzig']);
    expect(BORDER_DISTRICTS).toHaveLength(5);
  });

  it('builds its index without two places claiming one spelling (the data is consistent)', () => {
    expect(() => buildCityIndex()).not.toThrow();
    expect(listedMunicipalityCount()).toBeGreaterThan(350);
  });

  it('refuses data where two places claim one spelling, or a bare ambiguous name', () => {
    const empty = Object.fromEntries(SAXON_DISTRICTS.map((d) => [d, []])) as unknown as Record<SaxonDistrict, string[]>;
    expect(() => buildCityIndex({ ...empty, Dresden: ['Pirna'], 'Landkreis Sächsische Schweiz-Osterzgebirge': ['PIRNA'] })).toThrow(/listed twice/);
    expect(() => buildCityIndex({ ...empty, Vogtlandkreis: ['Oelsnitz'] })).toThrow(/ambiguous/);
  });

  it.each<[string, SaxonDistrict]>([
    ['Dresden', 'Dresden'],
    ['Leipzig', 'Leipzig'],
    ['Chemnitz', 'Chemnitz'],
    ['Karl-Marx-Stadt', 'Chemnitz'],
    ['Bautzen', 'Landkreis Bautzen'],
    ['Hoyerswerda', 'Landkreis Bautzen'],
    ['Görlitz', 'Landkreis Görlitz'],
    ['Zittau', 'Landkreis Görlitz'],
    ['Weißwasser/O.L.', 'Landkreis Görlitz'],
    ['Weisswasser', 'Landkreis Görlitz'],
    ['Meißen', 'Landkreis Meißen'],
    ['Radebeul', 'Landkreis Meißen'],
    ['Riesa', 'Landkreis Meißen'],
    ['Pirna', 'Landkreis Sächsische Schweiz-Osterzgebirge'],
    ['Freital', 'Landkreis Sächsische Schweiz-Osterzgebirge'],
    ['Neustadt in Sachsen', 'Landkreis Sächsische Schweiz-Osterzgebirge'],
    ['Königstein', 'Landkreis Sächsische Schweiz-Osterzgebirge'],
    ['Freiberg', 'Landkreis Mittelsachsen'],
    ['Döbeln', 'Landkreis Mittelsachsen'],
    ['Frankenberg/Sa.', 'Landkreis Mittelsachsen'],
    ['Frankenberg (Sachsen)', 'Landkreis Mittelsachsen'],
    ['Frankenberg', 'Landkreis Mittelsachsen'],
    ['Torgau', 'Landkreis Nordsachsen'],
    ['Delitzsch', 'Landkreis Nordsachsen'],
    ['Schkeuditz', 'Landkreis Nordsachsen'],
    ['Markkleeberg', 'Landkreis Leipzig'],
    ['Borna', 'Landkreis Leipzig'],
    ['Grimma', 'Landkreis Leipzig'],
    ['Zwickau', 'Landkreis Zwickau'],
    ['Glauchau', 'Landkreis Zwickau'],
    ['St. Egidien', 'Landkreis Zwickau'],
    ['Sankt Egidien', 'Landkreis Zwickau'],
    ['Annaberg-Buchholz', 'Erzgebirgskreis'],
    ['Aue', 'Erzgebirgskreis'],
    ['Stollberg', 'Erzgebirgskreis'],
    ['Oelsnitz/Erzgeb.', 'Erzgebirgskreis'],
    ['Plauen', 'Vogtlandkreis'],
    ['Oelsnitz/Vogtl.', 'Vogtlandkreis'],
    ['Oelsnitz im Vogtland', 'Vogtlandkreis'],
    ['Reichenbach im Vogtland', 'Vogtlandkreis'],
    ['Reichenbach/O.L.', 'Landkreis Görlitz'],
  ])('%s → %s', (city, district) => {
    expect(districtOf(city)).toBe(district);
  });

  it.each([
    ['  görlitz ', 'Görlitz'],
    ['GOERLITZ', 'Görlitz'],
    ['Goerlitz', 'Görlitz'],
    ['Grossenhain', 'Großenhain'],
    ['GROẞENHAIN', 'Großenhain'],
    ['Grossroehrsdorf', 'Großröhrsdorf'],
    ['Grossrohrsdorf', 'Großröhrsdorf'],
    ['bad-schandau', 'Bad Schandau'],
  ])('normalises case, diacritics, ß and umlaut spellings: "%s" → %s', (typed, name) => {
    expect(findSaxonMunicipality(typed)?.name).toBe(name);
  });

  it.each(['Oelsnitz', 'Reichenbach', 'Neustadt', 'Auerbach', 'Neukirchen', 'Bernsdorf'])('leaves the ambiguous bare name "%s" unresolved', (city) => {
    expect(AMBIGUOUS_BARE_NAMES.map(normalizeCityName)).toContain(normalizeCityName(city));
    expect(findSaxonMunicipality(city)).toBeNull();
  });

  it.each(['Berlin', 'Wrocław', 'Kleinkleckersdorf', '', '   '])('returns null for "%s" (not listed), without an error', (city) => {
    expect(districtOf(city)).toBeNull();
  });

  it('reads its data from data/saxony/ and refuses a file that does not list exactly the districts, well formed', () => {
    expect(Object.keys(readMunicipalityData().districts).sort()).toEqual([...SAXON_DISTRICTS].sort());
    const dir = mkdtempSync(join(tmpdir(), 'saxon-districts-'));
    const write = (data: unknown) => {
      const file = join(dir, 'data.json');
      writeFileSync(file, JSON.stringify(data));
      return file;
    };
    const districts = Object.fromEntries(SAXON_DISTRICTS.map((d) => [d, [d]]));
    expect(() => readMunicipalityData(write({ districts, ambiguousBareNames: [] }))).not.toThrow();
    expect(() => readMunicipalityData(write({ districts: { ...districts, Berlin: ['Berlin'] }, ambiguousBareNames: [] }))).toThrow(/exactly/);
    expect(() => readMunicipalityData(write({ districts: { ...districts, Dresden: [{ name: 'Dresden' }] }, ambiguousBareNames: [] }))).toThrow(/Dresden/);
    expect(() => readMunicipalityData(write({ districts }))).toThrow(/ambiguousBareNames/);
  });
});
