import { availabilityIndexDay, availableByOrNotStatedFilter, NOT_STATED_INDEX_DAY, statedAvailabilityDay, statedAvailableByFilter } from './availability';

const DAY_2027_06_01 = Date.UTC(2027, 5, 1) / 86_400_000;

describe('availableFrom: null means not stated', () => {
  it('has a day only when a date is stated', () => {
    expect(statedAvailabilityDay('2027-06-01')).toBe(DAY_2027_06_01);
    expect(statedAvailabilityDay(null)).toBeNull();
  });

  it('indexes not stated as a day before every real date', () => {
    expect(availabilityIndexDay('2027-06-01')).toBe(DAY_2027_06_01);
    expect(availabilityIndexDay(null)).toBe(NOT_STATED_INDEX_DAY);
    expect(availabilityIndexDay('1970-01-02')).toBeGreaterThan(NOT_STATED_INDEX_DAY);
  });

  it("keeps not stated in search's availableBefore, and leaves it out of matching's on-time aim", () => {
    expect(availableByOrNotStatedFilter('2027-06-01')).toBe(`availableFrom <= ${DAY_2027_06_01}`);
    expect(statedAvailableByFilter('2027-06-01')).toBe(`availableFrom >= 1 AND availableFrom <= ${DAY_2027_06_01}`);
  });
});
