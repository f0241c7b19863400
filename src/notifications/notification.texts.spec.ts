import { NOTIFICATION_LANGUAGES, NOTIFICATION_TYPES, type NotificationParams, type NotificationType } from './notification-types';
import { formatDay, NOTIFICATION_TEXTS, OPEN_LINK_LABEL, renderNotification } from './notification.texts';

/** Sample params of every type (the values show up in the texts). */
const SAMPLES: { [T in NotificationType]: NotificationParams[T][] } = {
  'invitation.received': [{ employerName: 'Elbtal Software GmbH', offerTitle: 'Python-Entwickler/in' }],
  'invitation.accepted': [{ offerTitle: 'Python-Entwickler/in', candidateName: 'Olena Kovalenko', candidateEmail: 'olena@example.org' }],
  'invitation.declined': [{ offerTitle: 'Python-Entwickler/in', headline: 'Backend developer' }],
  'application.received': [{ offerTitle: 'Python-Entwickler/in', candidateName: 'Olena Kovalenko' }],
  'job_offer.approved': [{ offerTitle: 'Python-Entwickler/in' }],
  'job_offer.rejected': [{ offerTitle: 'Python-Entwickler/in', reason: 'Please name the team language' }],
  'employer.verified': [{ employerName: 'Elbtal Software GmbH' }],
  'employer.rejected': [
    { employerName: 'Elbtal Software GmbH', reason: 'Not in the register', revoked: false },
    { employerName: 'Elbtal Software GmbH', reason: 'Not in the register', revoked: true },
  ],
  'saved_search.results': [
    { searchName: 'Python in Dresden', count: 2, titles: ['Backend developer', 'Data engineer'] },
    { searchName: 'Python in Dresden', count: 12, titles: ['Backend developer'] },
  ],
  'retention.warning': [
    { action: 'hide', on: '2027-03-14' },
    { action: 'erase', on: '2027-03-14' },
  ],
};

const cases = NOTIFICATION_TYPES.flatMap((type) =>
  NOTIFICATION_LANGUAGES.flatMap((language) => SAMPLES[type].map((params, i) => [type, language, i, params] as const)),
);

describe('notification texts', () => {
  it('has texts for exactly the contract’s types, in every language', () => {
    expect(Object.keys(NOTIFICATION_TEXTS).sort()).toEqual([...NOTIFICATION_TYPES].sort());
    for (const type of NOTIFICATION_TYPES) expect(Object.keys(NOTIFICATION_TEXTS[type]).sort()).toEqual([...NOTIFICATION_LANGUAGES].sort());
    expect(Object.keys(OPEN_LINK_LABEL).sort()).toEqual([...NOTIFICATION_LANGUAGES].sort());
  });

  it.each(cases)('%s in %s (sample %i): a title and a body that carry the params', (type, language, _i, params) => {
    const text = renderNotification(type, params as never, language);
    expect(text.title.trim().length).toBeGreaterThan(0);
    expect(text.title.length).toBeLessThanOrEqual(300);
    expect(text.title).not.toContain('\n');
    expect(text.body.trim().length).toBeGreaterThan(0);
    expect(`${text.title} ${text.body}`).not.toMatch(/undefined|null|NaN|\[object/);
    // Every text value reaches the reader (not `action`, which chooses the text, nor the day, which is written out).
    for (const [name, value] of Object.entries(params)) {
      if (typeof value === 'string' && name !== 'action' && name !== 'on') expect(`${text.title}\n${text.body}`).toContain(value);
    }
  });

  it('differs per language (no language falls back to another’s text)', () => {
    for (const type of NOTIFICATION_TYPES) {
      const bodies = NOTIFICATION_LANGUAGES.map((language) => renderNotification(type, SAMPLES[type][0] as never, language).body);
      expect(new Set(bodies).size).toBe(NOTIFICATION_LANGUAGES.length);
    }
  });

  it('names the day of a retention step in the reader’s language', () => {
    expect(formatDay('2027-03-14', 'de')).toBe('14. März 2027');
    expect(formatDay('2027-03-14', 'en')).toBe('March 14, 2027');
    expect(renderNotification('retention.warning', { action: 'erase', on: '2027-03-14' }, 'de').body).toContain('14. März 2027');
  });

  it('says how many more results there are than it names', () => {
    const text = renderNotification('saved_search.results', { searchName: 'Python', count: 7, titles: ['A', 'B'] }, 'en');
    expect(text.body).toBe('Your saved search “Python” has new results: 7.\n– A\n– B\n… and 5 more');
  });

  it('tells a revoked organisation something else than a first rejection', () => {
    const first = renderNotification('employer.rejected', SAMPLES['employer.rejected'][0], 'de');
    const revoked = renderNotification('employer.rejected', SAMPLES['employer.rejected'][1], 'de');
    expect(first.title).toBe('Organisation nicht bestätigt: Elbtal Software GmbH');
    expect(revoked.title).toBe('Bestätigung widerrufen: Elbtal Software GmbH');
  });
});
