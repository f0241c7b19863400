import fc from 'fast-check';
import { editDistance, withinEditDistance } from './string-distance';

describe('withinEditDistance', () => {
  it.each([
    ['python', 'pyhton', 1, true],
    ['python', 'pthon', 1, true],
    ['python', 'pyton', 0, false],
    ['softwareentwickler', 'sofwtareentwickelr', 2, true],
    ['softwareentwickler', 'sofwtareentwicklerin', 2, false],
  ])('%s ~ %s within %p: %p', (a, b, max, expected) => {
    expect(withinEditDistance(a, b, max)).toBe(expected);
  });

  it('says the same as the full distance, for any two words and any bound', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(withinEditDistance(a, b, max)).toBe(editDistance(a, b) <= max);
      }),
      { numRuns: 2000 },
    );
  });
});
