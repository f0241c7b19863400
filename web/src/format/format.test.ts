import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoneyRange, formatNumber } from './format';

// Intl puts narrow no-break spaces in some locales: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('formats calendar days per locale without a time-zone shift', () => {
    expect(formatDate('de-DE', '2027-03-01')).toBe('1. März 2027');
    expect(formatDate('en-GB', '2027-03-01')).toBe('1 March 2027');
    expect(formatDate('pl-PL', '2027-03-01')).toBe('1 marca 2027');
    expect(formatDate('cs-CZ', '2027-03-01')).toBe('1. března 2027');
    expect(formatDate('de-DE', '2027-03-01', 'short')).toBe('01.03.27');
    expect(formatDate('de-DE', null)).toBe('');
    expect(formatDate('de-DE', 'not a date')).toBe('');
  });

  it('formats moments with date and time', () => {
    expect(formatDateTime('de-DE', '2027-03-01T09:30:00Z')).toMatch(/01\.03\.2027, \d{2}:30/);
  });

  it('formats numbers per locale', () => {
    expect(formatNumber('de-DE', 1234567.5)).toBe('1.234.567,5');
    expect(formatNumber('en-GB', 1234567.5)).toBe('1,234,567.5');
    expect(plain(formatNumber('pl-PL', 12345))).toBe('12 345');
  });

  it('formats EUR salary ranges in whole euros', () => {
    // Range separators differ between ICU versions (with or without spaces around the dash).
    expect(plain(formatMoneyRange('de-DE', { min: 45000, max: 60000, currency: 'EUR' }))).toMatch(/^45\.000 ?– ?60\.000 €$/);
    expect(plain(formatMoneyRange('en-GB', { min: 45000, max: 60000 }))).toMatch(/^€45,000 ?– ?€60,000$/);
    expect(plain(formatMoneyRange('cs-CZ', { min: 45000, max: 45000 }))).toBe('45 000 €');
    expect(plain(formatMoneyRange('de-DE', { min: 3200 }))).toBe('3.200 €');
    expect(formatMoneyRange('de-DE', {})).toBe('');
  });
});
