import { preferredLanguage } from './preferred-language';

describe('preferredLanguage (Accept-Language)', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['fr-FR, fr;q=0.9, cs;q=0.5, en;q=0.4', 'cs'],
    ['en;q=0.5, pl;q=0.8', 'pl'],
    ['uk, ru;q=0.9', 'en'],
    ['*', 'en'],
    ['de;q=0, en;q=0.1', 'en'],
    ['CS-cz', 'cs'],
    ['pl;q=0.7, de;q=0.7', 'pl'],
    ['de;q=abc', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(preferredLanguage(header)).toBe(expected);
  });
});
