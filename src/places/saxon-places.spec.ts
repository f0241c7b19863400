import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  districtOfWorkplace,
  districtsOfPostalCode,
  findPlace,
  isBorderDistrictFor,
  loadSaxonGeography,
  SAXON_DISTRICTS,
  SAXON_PLACES,
  SAXONY_DATA_DIR,
  searchPlaces,
} from './saxon-places';

describe('the official Saxon geography (data/saxony)', () => {
  it('holds the 418 municipalities and 13 districts, with unique AGS and unique shown names', () => {
    expect(SAXON_PLACES).toHaveLength(418);
    expect(SAXON_DISTRICTS).toHaveLength(13);
    expect(new Set(SAXON_PLACES.map((p) => p.ags)).size).toBe(418);
    expect(new Set(SAXON_PLACES.map((p) => p.name)).size).toBe(418);
  });

  it('borders: Poland only Görlitz; Czechia Görlitz, Bautzen, Sächsische Schweiz-Osterzgebirge, Mittelsachsen, Erzgebirgskreis, Vogtlandkreis', () => {
    const on = (b: 'PL' | 'CZ') =>
      SAXON_DISTRICTS.filter((d) => d.borders.includes(b))
        .map((d) => d.name)
        .sort();
    expect(on('PL')).toEqual(['Görlitz']);
    expect(on('CZ')).toEqual(
      ['Bautzen', 'Erzgebirgskreis', 'Görlitz', 'Mittelsachsen', 'Sächsische Schweiz-Osterzgebirge', 'Vogtlandkreis'].sort(),
    );
  });

  it('every seat postcode lies in its municipality’s district', () => {
    const wrong = SAXON_PLACES.filter((p) => !districtsOfPostalCode(p.postalCode).some((d) => d.code === p.district.code));
    expect(wrong.map((p) => p.name)).toEqual([]);
  });

  it('refuses data whose municipality names an unknown district', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saxony-'));
    for (const f of ['districts.csv', 'postal_codes.csv']) writeFileSync(join(dir, f), readFileSync(join(SAXONY_DATA_DIR, f)));
    writeFileSync(
      join(dir, 'municipalities.csv'),
      'ags,name,short_name,district_code,district_name,population,postal_code,lat,lon\n14999000,X,X,14999,X,1,01067,0,0\n',
    );
    expect(() => loadSaxonGeography(dir)).toThrow(/14999000/);
  });
});

describe('findPlace', () => {
  it.each([
    ['Pirna', 'Pirna', 'Sächsische Schweiz-Osterzgebirge'],
    ['14628270', 'Pirna', 'Sächsische Schweiz-Osterzgebirge'],
    ['Drseden', 'Dresden', 'Dresden, Stadt'],
    ['dresdn', 'Dresden', 'Dresden, Stadt'],
    ['GOERLITZ', 'Görlitz', 'Görlitz'],
    ['Görlitz, Stadt', 'Görlitz', 'Görlitz'],
    ['Budyšin', 'Bautzen', 'Bautzen'],
    ['Freiberg/Sa.', 'Freiberg', 'Mittelsachsen'],
    ['Freiberg, Stadt, Universitätsstadt', 'Freiberg', 'Mittelsachsen'],
    ['Weißwasser', 'Weißwasser/O.L.', 'Görlitz'],
    ['Oelsnitz/Vogtl.', 'Oelsnitz/Vogtl.', 'Vogtlandkreis'],
    ['Jahnatal', 'Jahnatal', 'Mittelsachsen'],
    ['Bernsdorf', 'Bernsdorf (Bautzen)', 'Bautzen'],
    ['Bernsdorf (Zwickau)', 'Bernsdorf (Zwickau)', 'Zwickau'],
  ])('%s → %s (%s)', (input, name, district) => {
    expect(findPlace(input)).toMatchObject({ name, district: { name: district } });
  });

  it.each(['Wroclaw', 'Praha', 'Berlin', 'Zgorzelec', '', '   ', '01067', '09999999', 'Lipsk'])(
    '%p is not a Saxon municipality',
    (input) => {
      expect(findPlace(input)).toBeNull();
    },
  );

  it('accepts no typo in a short name (as the taxonomy: none below 5 letters)', () => {
    expect(findPlace('Aue-Bad Schlema')?.name).toBe('Aue-Bad Schlema');
    expect(findPlace('Rei')).toBeNull();
  });
});

describe('districts of workplaces', () => {
  it('the postcode decides; a postcode in two districts follows the city', () => {
    expect(districtOfWorkplace('Freiberg', '09599')?.name).toBe('Mittelsachsen');
    expect(districtOfWorkplace('Irgendwo', '01662')?.name).toBe('Meißen');
    expect(
      districtsOfPostalCode('02999')
        .map((d) => d.name)
        .sort(),
    ).toEqual(['Bautzen', 'Görlitz']);
    expect(districtOfWorkplace('Lohsa', '02999')?.name).toBe('Bautzen');
    expect(districtOfWorkplace('Pirna', null)?.name).toBe('Sächsische Schweiz-Osterzgebirge');
    expect(districtOfWorkplace('Berlin', '10115')).toBeNull();
  });

  it('a commuter from Czechia counts for Czech border districts, one from Poland for the Polish one', () => {
    const district = (name: string) => SAXON_DISTRICTS.find((d) => d.name === name)!;
    expect(isBorderDistrictFor(district('Mittelsachsen'), 'CZ')).toBe(true);
    expect(isBorderDistrictFor(district('Mittelsachsen'), 'PL')).toBe(false);
    expect(isBorderDistrictFor(district('Görlitz'), 'PL')).toBe(true);
    expect(isBorderDistrictFor(district('Meißen'), null)).toBe(false);
    expect(isBorderDistrictFor(district('Vogtlandkreis'), null)).toBe(true);
  });
});

describe('searchPlaces', () => {
  it('lists Freiberg first for "frei", with its district and border', () => {
    const [first] = searchPlaces('frei', 10);
    expect(first).toMatchObject({ name: 'Freiberg', district: { name: 'Mittelsachsen', borders: ['CZ'] } });
  });

  it('finds by a word inside the name, a typo and an AGS prefix; nothing for nothing', () => {
    expect(searchPlaces('schlema', 5).map((p) => p.name)).toContain('Aue-Bad Schlema');
    expect(searchPlaces('Leipz', 5)[0].name).toBe('Leipzig');
    expect(searchPlaces('Chemnits', 5)[0].name).toBe('Chemnitz');
    expect(searchPlaces('14612', 5).map((p) => p.name)).toEqual(['Dresden']);
    expect(searchPlaces('  ', 5)).toEqual([]);
    expect(searchPlaces('e', 3)).toHaveLength(3);
  });
});
