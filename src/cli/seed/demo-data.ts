/** Fixed reference data of the demo seed: real Saxon places and real ESCO occupations. */

/** Saxon municipalities with a real postal code of each. */
export const SAXON_CITIES: { city: string; postalCode: string }[] = [
  { city: 'Dresden', postalCode: '01067' },
  { city: 'Leipzig', postalCode: '04109' },
  { city: 'Chemnitz', postalCode: '09111' },
  { city: 'Zwickau', postalCode: '08056' },
  { city: 'Plauen', postalCode: '08523' },
  { city: 'Görlitz', postalCode: '02826' },
  { city: 'Bautzen', postalCode: '02625' },
  { city: 'Freiberg', postalCode: '09599' },
  { city: 'Pirna', postalCode: '01796' },
  { city: 'Zittau', postalCode: '02763' },
  { city: 'Meißen', postalCode: '01662' },
  { city: 'Hoyerswerda', postalCode: '02977' },
  { city: 'Riesa', postalCode: '01587' },
  { city: 'Radebeul', postalCode: '01445' },
  { city: 'Freital', postalCode: '01705' },
  { city: 'Döbeln', postalCode: '04720' },
];

/** Big cities get more employers and more candidate preferences. */
export const CITY_WEIGHTS: Record<string, number> = { Dresden: 6, Leipzig: 6, Chemnitz: 4, Zwickau: 2 };

/** Skills that do not resolve to ESCO (kept as free text), which some offers and profiles add. */
/** What a Saxon employer writes about itself, after its name and city (instead of generated filler text). */
export const EMPLOYER_PITCHES = [
  'Wir bieten unbefristete Verträge, feste Ansprechpartner und Hilfe bei Wohnungssuche und Behördengängen.',
  'Unser Team ist international; Deutschkurse während der Arbeitszeit bezahlen wir.',
  'Familienunternehmen in zweiter Generation, tarifgebunden, mit flexiblen Arbeitszeiten.',
  'Wir wachsen und suchen Menschen, die mit uns Neues aufbauen wollen. Einarbeitung auf Deutsch und Englisch.',
  'Gute Anbindung mit Bus und Bahn, Jobticket und betriebliche Altersvorsorge inklusive.',
];

/** A graduate's few words about what they look for, in German or English; filled in per profile. */
export const CANDIDATE_SUMMARIES = {
  de: [
    'Ich habe {years} Jahre als {occupation} gearbeitet und möchte in {city} neu anfangen. Deutsch lerne ich weiter, jeden Abend.',
    'Als {occupation} suche ich eine feste Stelle in {city}. Ich arbeite gern im Team und kann kurzfristig anfangen.',
  ],
  en: [
    'I have worked as a {occupation} for {years} years and would like to start anew in {city}. I keep learning German every day.',
    'I am a {occupation} looking for a permanent position in {city}. I enjoy working in a team and can start soon.',
  ],
} as const;

export const FREE_TEXT_SKILLS = ['Führerschein Klasse B', 'MS Office', 'Teamfähigkeit', 'SAP', 'Schichtbereitschaft'];

/**
 * Occupations by ESCO URI (the seed reads their labels in de/en/pl/cs and their
 * essential skills from esco_labels / esco_occupation_skills at run time).
 */
export interface DemoOccupation {
  key: string;
  uri: string;
  industry: string;
  /** German and English job titles an employer would write (the occupation itself is resolved from ESCO). */
  titleDe: string;
  titleEn: string;
  degree: 'vocational' | 'bachelor' | 'master';
  /** Typical gross pay: per year, or per hour for trades paid hourly. */
  salary: { min: number; max: number; period: 'year' | 'month' | 'hour' };
  germanLevel: 'A2' | 'B1' | 'B2' | 'C1';
}

const OCC = 'http://data.europa.eu/esco/occupation/';
export const DEMO_OCCUPATIONS: DemoOccupation[] = [
  {
    key: 'software',
    uri: `${OCC}f2b15a0e-e65a-438a-affb-29b9d50b77d1`,
    industry: 'Software',
    titleDe: 'Softwareentwickler/in (m/w/d)',
    titleEn: 'Software Developer (m/f/d)',
    degree: 'bachelor',
    salary: { min: 52000, max: 72000, period: 'year' },
    germanLevel: 'A2',
  },
  {
    key: 'data',
    uri: `${OCC}258e46f9-0075-4a2e-adae-1ff0477e0f30`,
    industry: 'Software',
    titleDe: 'Data Scientist (m/w/d)',
    titleEn: 'Data Scientist (m/f/d)',
    degree: 'master',
    salary: { min: 58000, max: 78000, period: 'year' },
    germanLevel: 'B1',
  },
  {
    key: 'nurse',
    uri: `${OCC}8d3e8aaa-791b-4c75-a465-f3f827028f50`,
    industry: 'Gesundheitswesen',
    titleDe: 'Pflegefachkraft (m/w/d)',
    titleEn: 'Registered Nurse (m/f/d)',
    degree: 'vocational',
    salary: { min: 3400, max: 4300, period: 'month' },
    germanLevel: 'B2',
  },
  {
    key: 'care',
    uri: `${OCC}f4525ed8-54eb-4a3b-90db-55cc01b0d9fd`,
    industry: 'Pflege',
    titleDe: 'Betreuungskraft in der häuslichen Pflege (m/w/d)',
    titleEn: 'Home Care Worker (m/f/d)',
    degree: 'vocational',
    salary: { min: 15, max: 19, period: 'hour' },
    germanLevel: 'B1',
  },
  {
    key: 'welder',
    uri: `${OCC}7aedaa07-3884-4c5b-88f9-80997b2aa54b`,
    industry: 'Metallbau',
    titleDe: 'Schweißer/in WIG/MAG (m/w/d)',
    titleEn: 'Welder TIG/MAG (m/f/d)',
    degree: 'vocational',
    salary: { min: 17, max: 23, period: 'hour' },
    germanLevel: 'A2',
  },
  {
    key: 'electrician',
    uri: `${OCC}5df63943-f1bc-4438-90f1-92768a7a23c8`,
    industry: 'Elektrotechnik',
    titleDe: 'Industrieelektriker/in (m/w/d)',
    titleEn: 'Industrial Electrician (m/f/d)',
    degree: 'vocational',
    salary: { min: 38000, max: 48000, period: 'year' },
    germanLevel: 'B1',
  },
  {
    key: 'house-electrician',
    uri: `${OCC}5dbb9cf0-b226-402c-a295-2f42ef05ff8b`,
    industry: 'Handwerk',
    titleDe: 'Elektroniker/in für Energie- und Gebäudetechnik (m/w/d)',
    titleEn: 'Building Electrician (m/f/d)',
    degree: 'vocational',
    salary: { min: 18, max: 24, period: 'hour' },
    germanLevel: 'B1',
  },
  {
    key: 'mechatronics',
    uri: `${OCC}ab360abd-32e2-4e03-967d-a10758efffa7`,
    industry: 'Automobilzulieferer',
    titleDe: 'Ingenieur/in Mechatronik (m/w/d)',
    titleEn: 'Mechatronics Engineer (m/f/d)',
    degree: 'bachelor',
    salary: { min: 55000, max: 70000, period: 'year' },
    germanLevel: 'B1',
  },
  {
    key: 'mechanical',
    uri: `${OCC}579254cf-6d69-4889-9000-9c79dc568644`,
    industry: 'Maschinenbau',
    titleDe: 'Maschinenbauingenieur/in (m/w/d)',
    titleEn: 'Mechanical Engineer (m/f/d)',
    degree: 'bachelor',
    salary: { min: 54000, max: 68000, period: 'year' },
    germanLevel: 'B2',
  },
  {
    key: 'truck',
    uri: `${OCC}45037d43-a8f5-4f46-b332-b2935bc305f4`,
    industry: 'Logistik',
    titleDe: 'Berufskraftfahrer/in CE (m/w/d)',
    titleEn: 'Truck Driver CE (m/f/d)',
    degree: 'vocational',
    salary: { min: 2900, max: 3500, period: 'month' },
    germanLevel: 'A2',
  },
  {
    key: 'warehouse',
    uri: `${OCC}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`,
    industry: 'Logistik',
    titleDe: 'Lagermitarbeiter/in (m/w/d)',
    titleEn: 'Warehouse Operative (m/f/d)',
    degree: 'vocational',
    salary: { min: 14, max: 17, period: 'hour' },
    germanLevel: 'A2',
  },
  {
    key: 'cook',
    uri: `${OCC}90f75f67-495d-49fa-ab57-2f320e251d7e`,
    industry: 'Gastronomie',
    titleDe: 'Koch/Köchin (m/w/d)',
    titleEn: 'Cook (m/f/d)',
    degree: 'vocational',
    salary: { min: 2600, max: 3200, period: 'month' },
    germanLevel: 'A2',
  },
  {
    key: 'civil',
    uri: `${OCC}d7d986e1-7333-431b-9719-0c5c6939e360`,
    industry: 'Bauwesen',
    titleDe: 'Bauingenieur/in (m/w/d)',
    titleEn: 'Civil Engineer (m/f/d)',
    degree: 'bachelor',
    salary: { min: 52000, max: 66000, period: 'year' },
    germanLevel: 'B2',
  },
];
