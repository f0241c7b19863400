import { isoDay, isoDayOrNull } from '../common/iso-date';
import { atLeast, atMost } from '../search/filter-expression';

/**
 * The one meaning of a candidate's `availableFrom` (profile field, index
 * document, matching's facts): the ISO date (YYYY-MM-DD) from which the
 * candidate can start, or null: NOT STATED. Not stated is neither "available
 * now" nor "not available"; every reader says what it does with it:
 *
 * - candidate search: `availableBefore` keeps profiles that state no date
 *   (nobody is filtered out for a date they did not give);
 * - matching: the scorer gives half the availability share (rule `unknown`),
 *   and retrieval aims its "on time" fetches at stated dates only.
 */

/** The day (days since 1970-01-01) a stated `availableFrom` falls on; null when not stated. */
export const statedAvailabilityDay = (availableFrom: string | null | undefined): number | null => isoDayOrNull(availableFrom);

/** `availableFrom` in the candidates index stores this day number for "not stated": before every real date. */
export const NOT_STATED_INDEX_DAY = 0;

/** The candidates index's `availableFrom`: the stated day, or NOT_STATED_INDEX_DAY. */
export const availabilityIndexDay = (availableFrom: string | null): number => statedAvailabilityDay(availableFrom) ?? NOT_STATED_INDEX_DAY;

/** Candidate search's `availableBefore`: a stated date on or before `date`, or none stated. */
export const availableByOrNotStatedFilter = (date: string): string => atMost('availableFrom', isoDay(date));

/** Matching's "on time" aim: a stated date on or before `date` (not stated earns only half the share). */
export const statedAvailableByFilter = (date: string): string =>
  `${atLeast('availableFrom', NOT_STATED_INDEX_DAY + 1)} AND ${atMost('availableFrom', isoDay(date))}`;
