/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { candidateWithProfile } from '../factories/candidates';
import { employerWithOrganisation, verifiedEmployer } from '../factories/employers';
import { draftOffer } from '../factories/offers';
import { staffUser, type TestUser } from '../factories/users';
import { expectNoSeriousAxeViolations, horizontalOverflow, launchBrowser, screenshot, startWebApp, type WebApp } from '../utils/browser';

jest.setTimeout(180_000);

describe('staff pages: moderation queue, audit log, overview (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let staff: TestUser;

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    staff = await staffUser(web);
    // Seeded through the API: an organisation waiting for verification, two offers in review, six candidates.
    await employerWithOrganisation(web, { name: 'Erzgebirge Holz GmbH', city: 'Annaberg-Buchholz' });
    const employer = await verifiedEmployer(web, staff, { name: 'Lausitz Logistik GmbH' });
    for (const title of ['Tischler/in (m/w/d)', 'Lagerhelfer/in (m/w/d)']) {
      const offer = await draftOffer(web, employer, { title });
      const submitted = await web.http().post(`/api/v1/job-offers/${offer.id}/submit`).set(employer.auth);
      if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status}`);
    }
    for (let i = 0; i < 6; i++) await candidateWithProfile(web, { countryOfOrigin: 'VN', preferredCities: ['Dresden'] });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 800 } });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  it('verifies, approves and rejects (with a required reason) from the queue, shows it in the audit log and the overview', async () => {
    // Sign in as staff in the UI: the staff start page is the queue.
    await page.goto(`${web.url}/sign-in`);
    await page.getByLabel('E-mail address').fill(staff.email);
    await page.getByLabel('Password').fill(staff.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();

    const organisation = page.getByRole('article', { name: 'Organisation: Erzgebirge Holz GmbH' });
    await organisation.waitFor();
    await organisation.getByText('Annaberg-Buchholz').waitFor();
    const carpenter = page.getByRole('article', { name: 'Offer: Tischler/in (m/w/d)' });
    await carpenter.getByText('Lausitz Logistik GmbH').waitFor();
    await carpenter.getByText(/48,000/).waitFor(); // the salary, formatted for en-GB
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'staff-queue-375');
    await expectNoSeriousAxeViolations(page, 'the moderation queue');

    await organisation.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('status').getByText('Done: “Erzgebirge Holz GmbH” is verified or published.').waitFor();
    await organisation.waitFor({ state: 'detached' });

    await carpenter.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('status').getByText('Done: “Tischler/in (m/w/d)” is verified or published.').waitFor();

    // Rejecting without a reason: the API says no, and the message is at the reason field.
    const helper = page.getByRole('article', { name: 'Offer: Lagerhelfer/in (m/w/d)' });
    await helper.getByRole('button', { name: 'Reject' }).click();
    const reason = helper.getByRole('textbox', { name: 'Reason' });
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('textarea')).some((element) => element.getAttribute('aria-invalid') === 'true'),
    );
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await helper.getByRole('alert').waitFor();
    await reason.fill('The salary is missing the working hours; please add them and submit again.');
    // The message stays when the field is left (until the next submit), so the button does not move under the pointer.
    await reason.press('Tab');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await helper.getByRole('button', { name: 'Reject' }).click();
    await page.getByRole('status').getByText('Done: “Lagerhelfer/in (m/w/d)” is rejected. The employer sees your reason.').waitFor();
    await page.getByRole('heading', { name: 'Nothing is waiting for a decision.' }).waitFor();

    // The audit log, filtered to offers: both decisions, with the reason.
    await page.goto(`${web.url}/staff/audit-log`);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByRole('button', { name: /Kind of entry/ }).click();
    await page.getByRole('option', { name: 'Offer' }).click();
    await page.getByRole('button', { name: 'Show entries' }).click();
    const table = page.getByRole('table', { name: /Audit log: \d+ entr/ });
    await table.getByRole('cell', { name: 'Offer approved and published' }).waitFor();
    await table.getByRole('cell', { name: 'Offer rejected' }).waitFor();
    await table.getByRole('cell', { name: /salary is missing the working hours/ }).waitFor();
    expect(await table.getByRole('cell', { name: 'Organisation verified' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'the audit log');

    // The overview: charts as tables with numbers; small person counts withheld.
    await page.goto(`${web.url}/staff/overview`);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByText(/any count of people below 5 is withheld/).waitFor();
    const origin = page.getByRole('region', { name: 'Candidates by country of origin' });
    await origin.getByRole('row', { name: /Vietnam 6/ }).waitFor();
    const offers = page.getByRole('region', { name: 'Published offers by district' });
    await offers.getByRole('row', { name: /Dresden, Stadt 1/ }).waitFor();
    const weeks = page.getByRole('region', { name: 'Staff decisions per week (last 12 weeks)' });
    expect(await weeks.getByRole('row').count()).toBe(13);
    await screenshot(page, 'staff-overview-375');
    await expectNoSeriousAxeViolations(page, 'the overview');
  });
});
