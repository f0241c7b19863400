// ISO 3166-1 alpha-2 (the list the API validates against: src/candidates/reference/iso-countries.ts), 249 codes.
export const COUNTRY_CODES: readonly string[] =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
    ' ',
  );

/** Languages offered in the profile's language picker (ISO 639-1): the most common among applicants to Saxony. */
export const COMMON_LANGUAGES: readonly string[] = (
  'de en pl cs sk uk ru be ro bg hu hr sr bs sl mk sq el tr ar fa ps ku ur hi bn ta te ml ne si ' +
  'vi th id ms tl zh ja ko mn kk uz ky tg az ka hy es pt fr it nl sv da no fi et lv lt am so sw ha yo ig he'
).split(' ');

export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export const DEGREE_LEVELS = ['vocational', 'bachelor', 'master', 'phd'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];
export const WORK_PERMITS = ['eu_citizen', 'has_permit', 'needs_visa'] as const;
export type WorkPermit = (typeof WORK_PERMITS)[number];

/** Names of regions or languages in the UI language (Intl.DisplayNames), sorted for that language. */
export function displayNames(locale: string, type: 'region' | 'language', codes: readonly string[]): { value: string; label: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type });
  } catch {
    names = null;
  }
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ value: code, label: names?.of(type === 'region' ? code : code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The residence titles the API takes (src/residence-law/residence-facts.ts), asked for with `has_permit`. */
export const RESIDENCE_TITLES = [
  'student',
  'job_search',
  'opportunity_card',
  'recognition_measure',
  'skilled_worker',
  'blue_card',
  'temporary_protection',
  'settled',
  'family',
  'other',
] as const;
export type ResidenceTitle = (typeof RESIDENCE_TITLES)[number];
/** A degree's recognition in Germany, as the API takes it (default `unknown`). */
export const RECOGNITION_STATUSES = ['recognised', 'comparable', 'in_progress', 'partial', 'none', 'unknown'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];
/** At most this many citizenships (the API's limit). */
export const MAX_CITIZENSHIPS = 5;

/** The twelve month names in the UI language, January first, valued "1" … "12". */
export function monthNames(locale: string): { value: string; label: string }[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: format.format(Date.UTC(2024, i, 15)) }));
}
