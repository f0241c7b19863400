import fc from 'fast-check';
import { decimalPlaces } from './dto-decorators';

describe('decimalPlaces', () => {
  it.each([
    [48000, 0],
    [48000.5, 1],
    [0.01, 2],
    [50000.001, 3],
    [5e-323, 323],
    [1.5e-7, 8],
    [1e21, 0],
    [-12.25, 2],
  ])('%p has %p decimal places', (value, places) => {
    expect(decimalPlaces(value)).toBe(places);
  });

  it('agrees with the number rounded to that many places, for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const places = decimalPlaces(value);
        // Rounding to fewer places changes the number; to its own count of places it does not.
        if (places <= 100) expect(Number(value.toFixed(places))).toBe(value === 0 ? 0 : value);
        if (places > 0 && places <= 100) expect(Number(value.toFixed(places - 1))).not.toBe(value);
      }),
    );
  });
});
