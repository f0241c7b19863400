/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { candidateWithProfile, type TestCandidate } from '../factories/candidates';
import { verifiedEmployer, type TestEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { staffUser } from '../factories/users';
import {
  expectNoSeriousAxeViolations,
  horizontalOverflow,
  launchBrowser,
  recordPageProblems,
  startWebApp,
  type WebApp,
} from '../utils/browser';
import { outboxDrained } from '../utils/search';

jest.setTimeout(180_000);

/** A graduate in German at 375 px: the unread count in the header, the notifications page, saving a search and the saved list. */
describe('notifications and saved searches (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let candidate: TestCandidate;
  let employer: TestEmployer;
  const problems: string[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp({ env: { SAVED_SEARCH_ALERTS_JOB_ENABLED: 'false' } }), launchBrowser()]);
    const staff = await staffUser(web);
    employer = await verifiedEmployer(web, staff);
    const offer = await publishedOffer(web, employer, staff, { title: 'Kartograf/in (m/w/d)' });
    candidate = await candidateWithProfile(web);
    await web.http().patch('/api/v1/auth/me').set(candidate.user.auth).send({ language: 'de' }).expect(200);
    await web
      .http()
      .post(`/api/v1/job-offers/${offer.id}/invitations`)
      .set(employer.auth)
      .send({ candidateId: candidate.profile.id, message: 'Wir würden Sie gern kennenlernen.' })
      .expect(201);
    await outboxDrained(web);
    context = await browser.newContext({ locale: 'de-DE', viewport: { width: 375, height: 800 } });
    page = await context.newPage();
    recordPageProblems(page, problems);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await web?.close();
  });

  it('shows the unread count in the header, by name for screen readers', async () => {
    await page.goto(`${web.url}/sign-in`);
    await page.getByLabel('E-Mail-Adresse').fill(candidate.user.email);
    await page.getByLabel('Passwort').fill(candidate.user.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('link', { name: 'Benachrichtigungen, 1 ungelesen' }).waitFor();
  });

  it('lists the notification in German, marks it read, and the header follows', async () => {
    await page.getByRole('link', { name: 'Benachrichtigungen, 1 ungelesen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    const item = page.getByRole('article', { name: 'Einladung von Elbtal Software GmbH' });
    await item.waitFor();
    await item.getByText('lädt Sie zur Stelle „Kartograf/in (m/w/d)“ ein', { exact: false }).waitFor();
    await item.getByText(/^Ungelesen ·/).waitFor();
    await expectNoSeriousAxeViolations(page, 'notifications page');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await item.getByRole('button', { name: 'Als gelesen markieren' }).click();
    await page.getByRole('link', { name: 'Benachrichtigungen', exact: true }).waitFor();
    await item.getByText(/^Gelesen ·/).waitFor();
    expect(await item.getByRole('button', { name: 'Als gelesen markieren' }).count()).toBe(0);
    await page.getByLabel('Nur ungelesene').check({ force: true });
    await page.getByRole('heading', { name: 'Nichts Ungelesenes' }).waitFor();
  });

  it('opens the notification’s link: the invitations page', async () => {
    await page.getByLabel('Nur ungelesene').uncheck({ force: true });
    await page.getByRole('link', { name: 'Einladung von Elbtal Software GmbH' }).click();
    await page.waitForURL(`${web.url}/me/invitations`);
  });

  it('saves the job search with an alert, from the search page', async () => {
    await page.goto(`${web.url}/?q=Kartograf`);
    await page.getByRole('button', { name: 'Diese Suche speichern' }).click();
    await page.getByLabel('Name der Suche').fill('Karten in Sachsen');
    await page.getByRole('radio', { name: 'Sofort' }).check({ force: true });
    await expectNoSeriousAxeViolations(page, 'landing page with the save-search form');
    await page.getByRole('button', { name: 'Suche speichern', exact: true }).click();
    await page.getByText('Gespeichert als „Karten in Sachsen“.').waitFor();
    const saved = await web.http().get('/api/v1/saved-searches').set(candidate.user.auth).expect(200);
    expect(saved.body.items).toEqual([expect.objectContaining({ name: 'Karten in Sachsen', alert: 'instant', query: { q: 'Kartograf' } })]);
  });

  it('lists the saved search, opens it, and deletes it', async () => {
    await page.getByRole('link', { name: 'Ihre gespeicherten Suchen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gespeicherte Suchen' }).waitFor();
    const card = page.getByRole('article', { name: 'Karten in Sachsen' });
    await card.getByText('Sofort').waitFor();
    await expectNoSeriousAxeViolations(page, 'saved searches page');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await card.getByRole('link', { name: 'Karten in Sachsen' }).click();
    await page.waitForURL(`${web.url}/?q=Kartograf`);
    await page.getByRole('link', { name: 'Kartograf/in (m/w/d)' }).waitFor();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Gespeicherte Suchen' }).click();

    await card.getByRole('button', { name: '„Karten in Sachsen“ löschen' }).click();
    await page.getByRole('heading', { name: 'Noch keine gespeicherten Suchen' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('an employer sees its unread count, saves a candidate search and opens it from the list (English)', async () => {
    const employerContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 800 } });
    try {
      const other = await employerContext.newPage();
      recordPageProblems(other, problems);
      await other.goto(`${web.url}/sign-in`);
      await other.getByLabel('E-mail address').fill(employer.email);
      await other.getByLabel('Password').fill(employer.password);
      await other.getByRole('button', { name: 'Sign in' }).click();
      // Verified and its offer approved: two unread notifications (the invitation's answer is still open).
      await other.getByRole('link', { name: 'Notifications, 2 unread' }).waitFor();

      await other.goto(`${web.url}/employer/candidates?q=developer`);
      await other.getByRole('button', { name: 'Save this search' }).click();
      await other.getByLabel('Name of the search').fill('Backend developers');
      await expectNoSeriousAxeViolations(other, 'candidate search with the save-search form');
      await other.getByRole('button', { name: 'Save search', exact: true }).click();
      await other.getByText('Saved as “Backend developers”.').waitFor();
      await other.getByRole('link', { name: 'Your saved searches' }).click();
      const card = other.getByRole('article', { name: 'Backend developers' });
      await card.getByText('Once a day').waitFor();
      await card.getByRole('link', { name: 'Backend developers' }).click();
      await other.waitForURL(`${web.url}/employer/candidates?q=developer`);
      expect(problems).toEqual([]);
    } finally {
      await employerContext.close();
    }
  });
});
