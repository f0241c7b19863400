/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { registerUser, staffUser } from '../factories/users';
import {
  expectNoSeriousAxeViolations,
  horizontalOverflow,
  launchBrowser,
  recordPageProblems,
  screenshot,
  startWebApp,
  type WebApp,
} from '../utils/browser';
import { outboxDrained } from '../utils/search';

jest.setTimeout(120_000);

describe('public job search and job page (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dresden: { id: string; title: string };
  const problems: string[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    // A verified employer with two published offers in two cities, seeded through the API.
    const staff = await staffUser(web);
    const employer = await verifiedEmployer(web, staff, { name: 'Elbtal Software GmbH' });
    dresden = await publishedOffer(web, employer, staff, { title: 'Python-Entwickler/in (m/w/d)', city: 'Dresden', postalCode: '01067' });
    await publishedOffer(web, employer, staff, {
      title: 'Datenanalyst/in mit Python',
      city: 'Leipzig',
      postalCode: '04109',
      salary: { min: 4000, max: 4800, currency: 'EUR', period: 'month' },
      contractType: 'fixed_term',
      visaSponsorship: false,
    });
    await outboxDrained(web);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 800 } });
    page = await context.newPage();
    recordPageProblems(page, problems);
  });
  afterEach(async () => {
    await context.close();
    problems.length = 0;
  });

  const status = () => page.getByRole('status').filter({ hasText: /found/ });
  const results = () => page.getByRole('region', { name: 'Job offers' }).getByRole('listitem');

  it('finds offers despite a typo as you type, narrows by a city facet, keeps the search in the URL across reload and back', async () => {
    await page.goto(`${web.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Find work in Saxony' }).waitFor();
    // Typing alone (no button) searches, after a short pause; "Pyhton" is a typo of Python.
    await page.getByLabel('What are you looking for?').pressSequentially('Pyhton');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Pyhton');
    await status().filter({ hasText: '2 job offers found' }).waitFor();
    expect(await results().count()).toBe(2);
    const card = results().filter({ hasText: 'Datenanalyst/in mit Python' });
    expect(await card.textContent()).toContain('Elbtal Software GmbH · Leipzig');
    expect(await card.textContent()).toMatch(/€4,000.+€4,800 per month/);
    expect(await card.textContent()).toContain('Fixed term');
    expect(await results().filter({ hasText: 'Python-Entwickler/in' }).getByText('Visa sponsorship').count()).toBe(1);

    // On a phone the filters are folded away at first; the city facet counts offers; ticking Leipzig (keyboard) leaves one.
    const filters = page.getByText('Narrow the search', { exact: true });
    expect(await page.getByRole('checkbox', { name: 'Leipzig (1)' }).isVisible()).toBe(false);
    await filters.focus();
    await page.keyboard.press('Enter');
    const leipzig = page.getByRole('checkbox', { name: 'Leipzig (1)' });
    expect(await page.getByRole('checkbox', { name: 'Dresden (1)' }).count()).toBe(1);
    await leipzig.focus();
    await page.keyboard.press('Space');
    await status().filter({ hasText: '1 job offer found' }).waitFor();
    const url = new URL(page.url());
    expect([url.searchParams.get('q'), url.searchParams.get('cities')]).toEqual(['Pyhton', 'Leipzig']);
    expect(await results().count()).toBe(1);
    await screenshot(page, 'public-search-375');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page, 'the landing page with results');

    // A reload (or a shared link) shows the same search.
    await page.reload();
    await status().filter({ hasText: '1 job offer found' }).waitFor();
    expect(await page.getByLabel('What are you looking for?').inputValue()).toBe('Pyhton');
    expect(await page.getByRole('checkbox', { name: /^Leipzig/ }).isChecked()).toBe(true);
    expect(await page.getByText('Narrow the search (1 filter set)').isVisible()).toBe(true);

    // Back undoes the filter.
    await page.goBack();
    await status().filter({ hasText: '2 job offers found' }).waitFor();
    expect(new URL(page.url()).searchParams.get('cities')).toBeNull();

    // The minimum salary takes thousands separators and says what it needs; both offers start at €48,000 a year.
    const salary = page.getByLabel('Minimum salary per year (EUR)');
    await salary.fill('a lot');
    await page.getByText('Enter a whole number of euros, e.g. 45000.').waitFor();
    expect(await salary.getAttribute('aria-invalid')).toBe('true');
    await salary.fill('50.000');
    await page.waitForURL((url) => url.searchParams.get('minSalary') === '50000');
    await status().filter({ hasText: '0 job offers found' }).waitFor();
    await salary.fill('');
    await status().filter({ hasText: '2 job offers found' }).waitFor();

    // Nothing found: a plain message and a way back.
    await page.getByLabel('What are you looking for?').fill('Kranführer Unterwasser');
    await page.getByRole('heading', { name: 'No offers match' }).waitFor();
    await status().filter({ hasText: '0 job offers found' }).waitFor();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await status().filter({ hasText: '2 job offers found' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
  });

  it('opens the job page from a result, with the offer, a JSON-LD JobPosting in the head and "sign in to apply"', async () => {
    await page.goto(`${web.url}/?q=Entwickler`);
    await results().first().waitFor();
    await page.getByRole('link', { name: 'Python-Entwickler/in (m/w/d)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Python-Entwickler/in (m/w/d)' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/jobs/${dresden.id}`);
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('Elbtal Software GmbH · Dresden (01067)');
    expect(await main.textContent()).toContain('Backend development for our logistics platform.');
    expect(await main.textContent()).toMatch(/English: at least B2/);
    expect(await main.textContent()).toMatch(/€48,000.+€62,000 per year/);
    expect(await main.textContent()).toContain('1 March 2027');
    expect(await page.getByRole('heading', { name: 'Required' }).count()).toBe(1);

    const jsonLd = await page.evaluate(() =>
      Array.from(document.head.querySelectorAll('script[type="application/ld+json"]')).map((script) => script.textContent ?? ''),
    );
    expect(jsonLd).toHaveLength(1);
    const posting = JSON.parse(jsonLd[0]);
    expect(posting).toMatchObject({
      '@type': 'JobPosting',
      title: 'Python-Entwickler/in (m/w/d)',
      hiringOrganization: { '@type': 'Organization', name: 'Elbtal Software GmbH' },
      jobLocation: { address: { addressLocality: 'Dresden', postalCode: '01067', addressRegion: 'Sachsen', addressCountry: 'DE' } },
      baseSalary: { currency: 'EUR', value: { minValue: 48000, maxValue: 62000, unitText: 'YEAR' } },
      employmentType: 'FULL_TIME',
      directApply: false,
    });

    const signIn = page.getByRole('link', { name: 'Sign in to apply' });
    expect(await signIn.getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent(`/jobs/${dresden.id}`)}`);
    await screenshot(page, 'job-page-375');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page, 'the job page');

    // Leaving the page takes its JSON-LD along.
    await page.goBack();
    await results().first().waitFor();
    expect(await page.evaluate(() => document.head.querySelectorAll('script[type="application/ld+json"]').length)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('offers a signed-in candidate the way to apply', async () => {
    const candidate = await registerUser(web, 'candidate');
    await page.goto(`${web.url}/`);
    await page.evaluate((token) => sessionStorage.setItem('tb.accessToken', token), candidate.token);
    await page.goto(`${web.url}/jobs/${dresden.id}`);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.pathname === '/me/matches' && url.searchParams.get('apply') === dresden.id);
    expect(problems).toEqual([]);
  });

  it('says plainly when a job offer does not exist', async () => {
    await page.goto(`${web.url}/jobs/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Job offer not found' }).waitFor();
    expect(await page.getByRole('heading', { name: 'This job offer is not available' }).isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page, 'the job page (not found)');
    await page.getByRole('link', { name: 'Search for other jobs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find work in Saxony' }).waitFor();
    await page.goto(`${web.url}/jobs/not-an-id`);
    await page.getByRole('heading', { level: 1, name: 'Job offer not found' }).waitFor();
    expect(problems).toEqual([]);
  });
});
