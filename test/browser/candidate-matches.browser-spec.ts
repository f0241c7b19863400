/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { candidateWithProfile, type TestCandidate } from '../factories/candidates';
import { verifiedEmployer, type TestEmployer } from '../factories/employers';
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

jest.setTimeout(180_000);

describe('candidate: matches, applying, invitations (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let employer: TestEmployer;
  let candidate: TestCandidate;
  let offerId: string;
  let otherOfferId: string;
  const problems: string[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    const staff = await staffUser(web);
    employer = await verifiedEmployer(web, staff, { name: 'Pleiße Daten GmbH', city: 'Leipzig' });
    // Fits the candidate below: 2 of 3 required skills, English B2 (C1 held), Leipzig preferred, same start date.
    const offer = await publishedOffer(web, employer, staff, {
      title: 'Data Engineer (m/w/d)',
      city: 'Leipzig',
      postalCode: '04109',
      requiredSkills: ['Python', 'SQL', 'normalise data'],
    });
    offerId = offer.id;
    const other = await publishedOffer(web, employer, staff, {
      title: 'Python-Entwickler/in (m/w/d)',
      city: 'Leipzig',
      postalCode: '04109',
    });
    otherOfferId = other.id;
    candidate = await candidateWithProfile(web, { firstName: 'Hoa', lastName: 'Nguyen' });
    const invited = await web
      .http()
      .post(`/api/v1/job-offers/${otherOfferId}/invitations`)
      .set(employer.auth)
      .send({ candidateId: candidate.profile.id, message: 'Guten Tag, Ihr Profil passt gut zu uns.\nMelden Sie sich gern!' });
    if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });
  beforeEach(async () => {
    // An English browser at phone width: the pages must fit 375 px.
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 800 } });
    page = await context.newPage();
    recordPageProblems(page, problems);
  });
  afterEach(async () => {
    await context.close();
    problems.length = 0;
  });

  async function signIn(email: string, password: string, next: string, heading: string) {
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  it('shows the match with plain sentences and a factor breakdown, and applies with a message', async () => {
    await signIn(candidate.user.email, candidate.user.password, '/me/matches', 'Jobs that fit me');
    const card = page.getByRole('article', { name: 'Data Engineer (m/w/d)' });
    await card.waitFor();
    await expect(card.getByRole('link', { name: 'Data Engineer (m/w/d)' }).getAttribute('href')).resolves.toBe(`/jobs/${offerId}`);
    await card.getByText('Pleiße Daten GmbH · Leipzig').waitFor();
    // Sentences built from the structured explanation, not rule ids.
    await card.getByText('You have 2 of 3 required skills — missing: normalise data').waitFor();
    await card.getByText('English C1 is above the required B2').waitFor();
    await card.getByText('Leipzig is one of your preferred cities').waitFor();
    expect(await card.textContent()).not.toMatch(/same_city|on_time|not_required|blue_card/);
    // The visa route in words: our plain sentence and hint, and the API's legal wording.
    await card.getByRole('heading', { name: 'Visa and work permit' }).waitFor();
    expect(await card.locator('[lang="en"]').first().textContent()).toMatch(/§|visa/i);
    // The breakdown: one labelled meter per factor.
    const meters = card.getByRole('meter');
    expect(await meters.count()).toBe(7);
    const skills = card.getByRole('meter', { name: /^Skills: [\d.]+ of 45 points$/ });
    expect(await skills.getAttribute('aria-valuetext')).toMatch(/^Skills: [\d.]+ of 45 points$/);
    expect(await skills.getAttribute('aria-valuemax')).toBe('45');

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'candidate-matches-375');
    await expectNoSeriousAxeViolations(page, 'the matches page');

    // Apply: the disclosure opens the form; it says what applying shares.
    const apply = card.getByRole('button', { name: 'Apply: Data Engineer (m/w/d)' });
    expect(await apply.getAttribute('aria-expanded')).toBe('false');
    await apply.click();
    expect(await apply.getAttribute('aria-expanded')).toBe('true');
    await card.getByText(/Pleiße Daten GmbH sees your name and e-mail address/).waitFor();
    // An empty message: the API's 400 is shown at the field.
    await card.getByRole('button', { name: 'Send application' }).click();
    await card.getByRole('alert').waitFor();
    const message = card.getByLabel('Your message to the employer');
    expect(await message.getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousAxeViolations(page, 'the matches page with the apply form');
    await message.fill('I would love to build your data pipelines in Leipzig.');
    await card.getByRole('button', { name: 'Send application' }).click();
    await card
      .getByRole('status')
      .getByText(/Applied\. Pleiße Daten GmbH can now see your name and e-mail address/)
      .waitFor();
    expect(await card.getByRole('button', { name: /^Apply/ }).count()).toBe(0);

    // The employer sees the application with the message.
    const applications = await web.http().get(`/api/v1/job-offers/${offerId}/applications`).set(employer.auth);
    expect(applications.status).toBe(200);
    expect(applications.body.items.map((a: { message: string }) => a.message)).toEqual([
      'I would love to build your data pipelines in Leipzig.',
    ]);

    // Opened with ?apply= for the offer already applied to: the form opens, and the 409 says so plainly.
    await page.goto(`${web.url}/me/matches?apply=${offerId}`);
    const again = page.getByRole('article', { name: 'Data Engineer (m/w/d)' });
    await again.getByLabel('Your message to the employer').fill('Once more');
    await again.getByRole('button', { name: 'Send application' }).click();
    await again.getByText('You have already applied for this job.').waitFor();

    // In Polish (graduate-facing): the same explanation in Polish sentences and meter texts.
    await page.getByRole('button', { name: 'Polski' }).click();
    const polish = page.getByRole('article', { name: 'Data Engineer (m/w/d)' });
    await polish.getByText('Leipzig to jedno z Twoich preferowanych miast').waitFor();
    await polish.getByRole('meter', { name: /^Umiejętności: [\d,]+ z 45 punktów$/ }).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the invitation and accepts it, sharing contact data with that employer', async () => {
    await signIn(candidate.user.email, candidate.user.password, '/me/invitations', 'Invitations from employers');
    await page.getByText(/only this employer sees your name and e-mail address/).waitFor();
    const card = page.getByRole('article', { name: 'Python-Entwickler/in (m/w/d)' });
    await card.getByText(/From Pleiße Daten GmbH/).waitFor();
    await card.getByText(/Ihr Profil passt gut zu uns/).waitFor();
    await card.getByText('Waiting for your answer').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'candidate-invitations-375');
    await expectNoSeriousAxeViolations(page, 'the invitations page');

    await card.getByRole('button', { name: 'Accept and share my contact details' }).click();
    await card.getByRole('status').getByText('You accepted. Pleiße Daten GmbH can now see your name and e-mail address.').waitFor();
    await card.getByText('Accepted — the employer can see your contact details').waitFor();
    expect(await card.getByRole('button', { name: 'Decline' }).count()).toBe(0);

    // After a reload the answer stays.
    await page.reload();
    await page
      .getByRole('article', { name: 'Python-Entwickler/in (m/w/d)' })
      .getByText(/^Accepted/)
      .waitFor();
    const invitations = await web.http().get(`/api/v1/job-offers/${otherOfferId}/invitations`).set(employer.auth);
    expect(invitations.body.items[0].status).toBe('accepted');
    expect(problems).toEqual([]);
  });

  it('without a profile: matches lead to the profile, invitations are empty', async () => {
    const fresh = await registerUser(web, 'candidate');
    await signIn(fresh.email, fresh.password, '/me/matches', 'Jobs that fit me');
    await page.getByRole('heading', { name: 'Create your profile first' }).waitFor();
    expect(await page.getByRole('link', { name: 'Create my profile' }).getAttribute('href')).toBe('/me/profile');
    await expectNoSeriousAxeViolations(page, 'the matches page without a profile');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Invitations' }).click();
    await page.getByRole('heading', { name: 'No invitations yet' }).waitFor();
    expect(problems).toEqual([]);
  });
});
