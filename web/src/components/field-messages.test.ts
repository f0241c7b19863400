import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../i18n/de.json';
import en from '../i18n/en.json';
import { describeFieldMessage } from './field-messages';

describe('describeFieldMessage', () => {
  beforeAll(async () => {
    await i18n.init({ lng: 'de', fallbackLng: 'en', resources: { de: { translation: de }, en: { translation: en } } });
  });

  it.each([
    ['email must be a valid e-mail address', 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.'],
    ['password must be at least 12 characters long', 'Geben Sie mindestens 12 Zeichen ein.'],
    ['password must be at most 256 characters long', 'Geben Sie höchstens 256 Zeichen ein.'],
    ['languages.0.level must be one of: A1, A2, B1', 'Wählen Sie eines davon: A1, A2, B1.'],
    ['property nickname should not exist', 'Diese Angabe ist hier nicht möglich.'],
    ['openToRemote must be a boolean value', 'Wählen Sie Ja oder Nein.'],
    ['skills must contain at least 1 elements', 'Wählen Sie mindestens 1 aus.'],
    ['languages.1.code must be an ISO 639-1 language code (two lower-case letters, e.g. de)', 'Wählen Sie eine Sprache aus der Liste.'],
    ['countryOfOrigin must be an ISO 3166-1 alpha-2 country code in upper case (e.g. DE, PL, CZ)', 'Wählen Sie ein Land aus der Liste.'],
    ['experience.0.years must be a number of years (at most one decimal)', 'Geben Sie eine Zahl ein.'],
    ['experience.0.years must not be greater than 60', 'Geben Sie höchstens 60 ein.'],
    ['experience.1.years must not be less than 0', 'Geben Sie mindestens 0 ein.'],
    ['preferredCities.0 is not a Saxon municipality: "Wroclaw"', '„Wroclaw“ ist kein Ort in Sachsen. Wählen Sie einen Ort aus der Liste.'],
  ])('%s', (message, shown) => expect(describeFieldMessage(message, i18n.t)).toBe(shown));

  it('shows other messages as the API wrote them', () => {
    expect(describeFieldMessage('preferredCities must name Saxon municipalities', i18n.t)).toBe(
      'preferredCities must name Saxon municipalities',
    );
  });
});
