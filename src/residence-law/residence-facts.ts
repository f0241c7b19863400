/**
 * The vocabularies of the residence-law facts a profile may state (all
 * optional). Pure; the candidates module validates against them and the
 * matching scorer routes on them. Sources: README.md in this folder.
 */

/** The residence title held now (meaningful with workPermit "has_permit"). */
export const RESIDENCE_TITLES = [
  'student', // §16b AufenthG: 140 full or 280 half days of work a year
  'job_search', // §20 AufenthG: looking for work (after a German degree any work is allowed)
  'opportunity_card', // §20a AufenthG (Chancenkarte): up to 20 hours a week plus trial jobs
  'recognition_measure', // §16d AufenthG: up to 20 hours a week outside the measure
  'skilled_worker', // §18a/§18b AufenthG
  'blue_card', // §18g AufenthG
  'temporary_protection', // §24 AufenthG: any employment
  'settled', // settlement permit / permanent residence
  'family', // family reunification: any employment
  'other',
] as const;
export type ResidenceTitle = (typeof RESIDENCE_TITLES)[number];

/** Recognition of a degree in Germany (default `unknown`). */
export const RECOGNITION_STATUSES = ['recognised', 'comparable', 'in_progress', 'partial', 'none', 'unknown'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/**
 * EU member states, the other EEA states (Iceland, Liechtenstein, Norway) and
 * Switzerland: their citizens work in Germany without a residence title
 * (FreizügG/EU; EEA Agreement; EU–Swiss agreement on the free movement of persons).
 */
export const FREE_MOVEMENT_COUNTRIES: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE', // EU 27
  'IS',
  'LI',
  'NO', // EEA
  'CH', // Switzerland
];

/** True when any one of the citizenships is EU/EEA/Swiss. */
export const hasFreeMovement = (citizenships: readonly string[] | undefined): boolean =>
  (citizenships ?? []).some((c) => FREE_MOVEMENT_COUNTRIES.includes(c.toUpperCase()));
