/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { staffUser } from '../factories/users';
import {
  accessibleDescription,
  expectNoSeriousAxeViolations,
  horizontalOverflow,
  launchBrowser,
  recordPageProblems,
  screenshot,
  startWebApp,
  type WebApp,
} from '../utils/browser';

jest.setTimeout(180_000);

/**
 * An HR person signs up as an employer, enters the organisation (pending), is verified by staff,
 * drafts a sponsored offer paying below the EU Blue Card threshold (warned), and submits it.
 */
describe('employer organisation and job offers (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
    recordPageProblems(page, problems);
  });
  afterEach(async () => {
    await context.close();
    problems.length = 0;
  });

  const choose = async (field: RegExp, option: string | RegExp) => {
    await page.getByRole('button', { name: field }).click();
    await page.getByRole('option', { name: option }).click();
  };

  it('verifies an organisation, drafts an offer with a Blue Card warning and submits it', async () => {
    // Sign up as an employer in the UI.
    await page.goto(`${web.url}/sign-up?role=employer`);
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await page.getByLabel('E-mail address').fill(`hr.${Date.now()}@example.org`);
    await page.getByLabel('Password').fill('a long and secret password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/employer'));

    // The organisation: a bad postal code shows at its field; then saved, the check is pending.
    await page.goto(`${web.url}/employer/organisation`);
    await page.getByRole('heading', { level: 1, name: 'Your organisation' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'the empty organisation page');
    await page.getByLabel(/^Name of the organisation/).fill('Erzgebirge Pflege gGmbH');
    await page.getByLabel(/^Commercial register number/).fill('HRB 4711');
    await page.getByLabel(/^City/).fill('Chemnitz');
    await page.getByLabel(/^Postal code/).fill('0911');
    await page.getByLabel(/^Industry/).fill('Nursing care');
    await choose(/Number of employees/, '10-49 employees');
    await page.getByLabel(/^About the organisation/).fill('Outpatient care in Chemnitz and the Erzgebirge.');
    await page.getByRole('button', { name: 'Save organisation' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Postal code/ })
      .first()
      .waitFor();
    expect(await page.getByLabel(/^Postal code/).getAttribute('aria-invalid')).toBe('true');
    expect(await accessibleDescription(page, page.getByLabel(/^Postal code/))).toMatch(/5 digits|postal code/i);
    await page.getByLabel(/^Postal code/).fill('09111');
    // Clicked right after editing the invalid field: its message stays until the submit, so the button stays put.
    await page.getByRole('button', { name: 'Save organisation' }).click();
    await page.getByRole('heading', { name: 'Check pending' }).waitFor();
    expect(await page.getByText('Staff will check your organisation. You can prepare job offers meanwhile').isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page, 'the organisation page (pending)');

    // Staff verify it through the API; a reload shows it verified.
    const token = await page.evaluate(() => sessionStorage.getItem('tb.accessToken'));
    const me = (await (await fetch(`${web.url}/api/v1/employers/me`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      id: string;
    };
    const staff = await staffUser(web);
    const decision = await fetch(`${web.url}/api/v1/moderation/employers/${me.id}/decision`, {
      method: 'POST',
      headers: { ...staff.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ decision: 'verify', reason: 'Register entry checked' }),
    });
    expect(decision.status).toBe(200);
    await page.reload();
    await page.getByRole('heading', { name: 'Organisation verified' }).waitFor();

    // The offer list is empty; create an offer.
    await page.getByRole('link', { name: 'Go to your job offers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your job offers' }).waitFor();
    await page.getByRole('heading', { name: 'You have no job offers yet' }).waitFor();
    await page.getByRole('link', { name: 'Create a new job offer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New job offer' }).waitFor();

    await page.getByLabel(/^Job title/).fill('Software developer (m/f/d)');
    const occupation = page.getByRole('combobox', { name: /^Occupation/ });
    await occupation.fill('software develop');
    await page
      .getByRole('option', { name: /software developer/i })
      .first()
      .click();
    // The occupation's ESCO skills are offered: one click adds one as required.
    const suggestion = page.getByRole('button', { name: /as a required skill$/ }).first();
    await suggestion.waitFor();
    const skill = ((await suggestion.getAttribute('aria-label')) ?? '').replace(/^Add (.*) as a required skill$/, '$1');
    await suggestion.click();
    const requiredChips = page.getByRole('grid', { name: 'Selected' }).first();
    expect(await page.getByRole('row', { name: skill }).count()).toBeGreaterThan(0);
    expect(requiredChips).toBeTruthy();
    await page.getByLabel(/^Description/).fill('Develop our care planning software with a small team.');
    await page.getByLabel(/^Place of work/).fill('Chemnitz');
    await choose(/Workplace/, 'Partly from home');
    await choose(/Contract/, 'Permanent');
    // A bad value first: the highest salary below the lowest.
    await page.getByLabel(/^From \(EUR\)/).fill('30000');
    await page.getByLabel(/^To \(EUR\)/).fill('20000');
    await page.getByText('We support the visa application').click();
    await expectNoSeriousAxeViolations(page, 'the offer editor');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /To \(EUR\)/ })
      .first()
      .waitFor();
    expect(await page.getByLabel(/^To \(EUR\)/).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'employer-offer-errors');

    // Sponsored, but 30,000 a year is below the Blue Card threshold: saved, with the warning in plain words.
    await page.getByLabel(/^To \(EUR\)/).fill('36.000');
    const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/job-offers' && r.request().method() === 'POST');
    await page.getByLabel(/^To \(EUR\)/).press('Enter');
    const answer = await created;
    expect([answer.status(), answer.request().postData()]).toEqual([201, expect.stringContaining('"max":36000')]);
    const warning = page.getByRole('alert').filter({ hasText: 'Please check before you submit' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('below the minimum salary for an EU Blue Card');
    expect(await warning.textContent()).toMatch(/Blue Card/);
    expect(new URL(page.url()).pathname).toMatch(/^\/employer\/offers\/[0-9a-f-]{36}$/);
    await page.getByText('Draft', { exact: true }).first().waitFor();
    await screenshot(page, 'employer-offer-warning');
    await expectNoSeriousAxeViolations(page, 'the offer editor with the warning');

    // Submit: in review.
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('In review', { exact: true }).first().waitFor();

    // The list at phone width: the offer in review, no horizontal scroll.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('link', { name: 'Back to your job offers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your job offers' }).waitFor();
    await page.getByRole('link', { name: 'Software developer (m/f/d)', exact: true }).waitFor();
    const row = page.getByRole('listitem').filter({ hasText: 'Software developer (m/f/d)' });
    expect(await row.getByText('In review', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('1 job offer', { exact: true }).isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'employer-offers-375');
    await expectNoSeriousAxeViolations(page, 'the offer list');

    // Closing asks first.
    await page.getByRole('button', { name: 'Close “Software developer (m/f/d)”' }).click();
    await page.getByRole('button', { name: 'Yes, close the offer' }).click();
    await row.getByText('Closed', { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});
