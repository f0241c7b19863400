const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date ("2026-01-01", or the date part of a
 * timestamp). Calendar arithmetic only: no clock, no time zone.
 */
export function isoDay(value: string): number {
  const match = ISO_DATE.exec(value);
  if (!match) throw new Error(`Not an ISO date: "${value}"`);
  const [, y, m, d] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const check = new Date(time);
  if (check.getUTCMonth() !== Number(m) - 1 || check.getUTCDate() !== Number(d)) throw new Error(`Not a calendar date: "${value}"`);
  return time / MS_PER_DAY;
}

/** isoDay, or null for a missing or malformed date (treated as unknown rather than failing a whole ranking). */
export function isoDayOrNull(value: string | null | undefined): number | null {
  if (!value) return null;
  try {
    return isoDay(value);
  } catch {
    return null;
  }
}

export function isoDateOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
