import type { TFunction } from 'i18next';

/**
 * The API's validation messages are English and name the field ("password must be at least 12
 * characters long"). Next to a field we show them without the field name and, for the common rules,
 * in the reader's language; anything else is shown as the API wrote it (plain English, never JSON).
 */
export function describeFieldMessage(message: string, t: TFunction): string {
  const rest = message.replace(/^(?:property |each value in )?[A-Za-z_$][\w$]*(?:\.[\w$]+)* /, '');
  let match: RegExpExecArray | null;
  if (/valid e-?mail/i.test(rest)) return t('validation.email');
  if ((match = /(?:at least|longer than or equal to) (\d+) characters/.exec(rest)))
    return t('validation.minLength', { count: Number(match[1]) });
  if ((match = /(?:at most|shorter than or equal to) (\d+) characters/.exec(rest)))
    return t('validation.maxLength', { count: Number(match[1]) });
  if ((match = /must be one of(?: the following values)?:? (.+)$/.exec(rest)))
    return t('validation.oneOf', { values: match[1]!.replace(/\.$/, '') });
  if (/(?:should|must) not be empty/.test(rest)) return t('validation.required');
  if (/should not exist/.test(rest)) return t('validation.notAccepted');
  if (/must be (?:a number|an integer|a positive number)/.test(rest)) return t('validation.number');
  if ((match = /^must not be greater than (-?\d+(?:\.\d+)?)$/.exec(rest))) return t('validation.maxValue', { max: match[1] });
  if ((match = /^must not be less than (-?\d+(?:\.\d+)?)$/.exec(rest))) return t('validation.minValue', { min: match[1] });
  if (/must be a valid ISO 8601 date/.test(rest)) return t('validation.date');
  if (/must be a boolean/.test(rest)) return t('validation.yesNo');
  if (/must be an ISO 639-1 language code/.test(rest)) return t('validation.languageCode');
  if (/must be an ISO 3166-1 alpha-2 country code/.test(rest)) return t('validation.countryCode');
  if ((match = /^is not a Saxon municipality: "(.*)"$/.exec(rest))) return t('validation.saxonPlace', { value: match[1] });
  if ((match = /must contain at least (\d+) elements?/.exec(rest))) return t('validation.minItems', { count: Number(match[1]) });
  return message;
}
