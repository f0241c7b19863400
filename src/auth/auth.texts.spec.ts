import { MAIL_LANGUAGES } from '../mail/outgoing-mail';
import { AUTH_MAIL_TEXTS } from './auth.texts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('auth mail texts', () => {
  const reference = AUTH_MAIL_TEXTS.en;

  it.each(MAIL_LANGUAGES)('has every text in %s, none empty, with the placeholders of the English one', (language) => {
    const texts = AUTH_MAIL_TEXTS[language];
    expect(Object.keys(texts).sort()).toEqual(Object.keys(reference).sort());
    for (const [mail, parts] of Object.entries(texts) as [keyof typeof reference, Record<string, string>][]) {
      expect(Object.keys(parts).sort()).toEqual(Object.keys(reference[mail]).sort());
      for (const [part, value] of Object.entries(parts)) {
        expect(value.trim()).not.toBe('');
        expect(placeholders(value)).toEqual(placeholders((reference[mail] as Record<string, string>)[part]));
      }
    }
  });

  it('is written in each language, not copied from another', () => {
    const subjects = MAIL_LANGUAGES.map((language) => AUTH_MAIL_TEXTS[language].verifyEmail.subject);
    expect(new Set(subjects).size).toBe(MAIL_LANGUAGES.length);
  });
});
