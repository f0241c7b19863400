/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemo, type SeedResult } from '../../src/cli/seed/seed-demo';
import { expectNoSeriousAxeViolations, launchBrowser, recordPageProblems, screenshot, startWebApp, type WebApp } from '../utils/browser';

jest.setTimeout(300_000);

/** The demo seed's size here: `npm run screenshots` takes more (SEED_SCALE), CI a quarter of the full demo. */
const SCALE = Number(process.env.SEED_SCALE ?? '0.25');

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * `npm run seed` then `npm start` must look like a real platform: the demo data on every main page, for each
 * role, in German. The same walk takes the README's screenshots (`npm run screenshots` sets SCREENSHOT_DIR to
 * docs/screenshots): each page at phone and desktop width, the visible part only.
 */
describe('the demo platform after the seed (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let seeded: SeedResult;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    seeded = await seedDemo(web.app, { scale: SCALE });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await web?.close();
  });
  afterEach(() => expect(problems).toEqual([]));

  async function open(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ locale: 'de-DE', viewport });
    contexts.push(context);
    const page = await context.newPage();
    recordPageProblems(page, problems);
    return page;
  }

  function login(role: 'candidate' | 'employer' | 'staff') {
    const found = seeded.logins.find((l) => l.role === role);
    if (!found) throw new Error(`the seed made no ${role} log-in`);
    return found;
  }

  async function signIn(page: Page, role: 'candidate' | 'employer' | 'staff', next: string) {
    const account = login(role);
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('E-Mail-Adresse').fill(account.email);
    await page.getByLabel('Passwort').fill(account.password);
    await page.getByLabel('Passwort').press('Enter');
    await page.waitForURL((url) => url.pathname === next);
  }

  /** Both widths of the same page: the phone first, then the desktop. */
  async function bothWidths(name: string, visit: (page: Page) => Promise<void>) {
    for (const [width, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const page = await open(viewport);
      await visit(page);
      await screenshot(page, `${name}-${width}`, { fullPage: false });
    }
  }

  it('public: the job search lists the seeded offers with facets; an offer page shows the whole offer', async () => {
    const published = seeded.offers.published ?? 0;
    expect(published).toBeGreaterThanOrEqual(10);
    await bothWidths('landing', async (page) => {
      await page.goto(`${web.url}/`);
      await page.getByRole('heading', { level: 1, name: 'Arbeit in Sachsen finden' }).waitFor();
      const results = page.getByRole('region', { name: 'Stellenangebote' }).getByRole('listitem');
      await results.first().waitFor();
      expect(await results.count()).toBeGreaterThanOrEqual(Math.min(published, 10));
      await expectNoSeriousAxeViolations(page, 'the landing page with demo data');
    });
    await bothWidths('job-offer', async (page) => {
      await page.goto(`${web.url}/?q=Softwareentwickler`);
      const first = page.getByRole('region', { name: 'Stellenangebote' }).getByRole('listitem').first().getByRole('link').first();
      const title = (await first.textContent())!.trim();
      await first.click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    });
  });

  it('graduate: the seeded profile and its matches with reasons', async () => {
    await bothWidths('profile', async (page) => {
      await signIn(page, 'candidate', '/me/profile');
      await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Vorname' }).inputValue()).not.toBe('');
    });
    await bothWidths('matches', async (page) => {
      await signIn(page, 'candidate', '/me/matches');
      await page.getByRole('heading', { level: 1, name: 'Stellen, die zu mir passen' }).waitFor();
      const matches = page.getByRole('article');
      await matches.first().waitFor();
      expect(await matches.first().getByRole('meter').count()).toBeGreaterThanOrEqual(5);
      await expectNoSeriousAxeViolations(page, 'the matches page with demo data');
    });
  });

  it('employer: the offers with their statuses, candidate search with facets, the matches of an offer', async () => {
    await bothWidths('employer-offers', async (page) => {
      await signIn(page, 'employer', '/employer/offers');
      await page.getByRole('heading', { level: 1, name: 'Ihre Stellenangebote' }).waitFor();
      await page.getByRole('listitem').getByText('Veröffentlicht', { exact: true }).first().waitFor();
    });
    await bothWidths('candidate-search', async (page) => {
      await signIn(page, 'employer', '/employer/candidates');
      await page.getByRole('heading', { level: 2, name: /\d+ Personen gefunden/ }).waitFor();
      expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(5);
      await expectNoSeriousAxeViolations(page, 'the candidate search with demo data');
    });
    await bothWidths('offer-matches', async (page) => {
      await signIn(page, 'employer', '/employer/offers');
      await page.getByRole('link', { name: 'Passende Kandidatinnen und Kandidaten' }).first().click();
      await page.getByRole('heading', { name: /^Platz 1: / }).waitFor();
    });
  });

  it('staff: the moderation queue and the overview with charts from the demo data', async () => {
    await bothWidths('moderation', async (page) => {
      await signIn(page, 'staff', '/staff/moderation');
      await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
      await page.getByRole('article').first().waitFor();
    });
    await bothWidths('overview', async (page) => {
      await signIn(page, 'staff', '/staff/overview');
      await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
      const origin = page.getByRole('table', { name: /Bewerberinnen und Bewerber nach Herkunftsland/ });
      await origin.waitFor();
      expect(await origin.getByRole('row').count()).toBeGreaterThanOrEqual(3);
      await expectNoSeriousAxeViolations(page, 'the staff overview with demo data');
    });
  });
});
