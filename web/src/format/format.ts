/**
 * Dates, numbers and money in the reader's locale (Intl). Pure functions of a locale such as 'de-DE';
 * in components use `useFormat()`, which binds them to the chosen language.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date ('2027-03-01') is a calendar day, not a moment: format it in UTC so no time zone shifts it. */
function toDate(value: string | Date): { date: Date; dateOnly: boolean } {
  if (value instanceof Date) return { date: value, dateOnly: false };
  const day = DATE_ONLY.exec(value);
  if (day) return { date: new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))), dateOnly: true };
  return { date: new Date(value), dateOnly: false };
}

/** '1 March 2027' / '1. März 2027'; '' for an invalid or missing value. */
export function formatDate(locale: string, value: string | Date | null | undefined, style: 'long' | 'medium' | 'short' = 'long'): string {
  if (value === null || value === undefined || value === '') return '';
  const { date, dateOnly } = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: style, ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** Date and time of a moment (createdAt, submittedAt), in the browser's time zone. */
export function formatDateTime(locale: string, value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

export interface SalaryRange {
  min?: number | null;
  max?: number | null;
  currency?: string;
}

/** '45.000–60.000 €' / '€45,000–€60,000'; whole euros; one bound alone when only one is given. */
export function formatMoneyRange(locale: string, { min, max, currency = 'EUR' }: SalaryRange): string {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (hasMin && hasMax && min !== max) return money.formatRange(min, max);
  if (hasMin) return money.format(min);
  if (hasMax) return money.format(max);
  return '';
}
