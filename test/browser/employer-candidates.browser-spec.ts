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
  screenshot,
  startWebApp,
  type WebApp,
} from '../utils/browser';
import { outboxDrained } from '../utils/search';

jest.setTimeout(180_000);

describe('employer: candidate search, matches, invitation, responses (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let employer: TestEmployer;
  let offerId: string;
  let fitting: TestCandidate;
  let other: TestCandidate;
  const problems: string[] = [];

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    const staff = await staffUser(web);
    employer = await verifiedEmployer(web, staff);
    const offer = await publishedOffer(web, employer, staff, {
      title: 'Python-Entwickler/in (m/w/d)',
      requiredSkills: ['Python', 'SQL'],
      optionalSkills: [],
      languages: [{ code: 'de', minLevel: 'B2' }],
      city: 'Dresden',
    });
    offerId = offer.id;
    fitting = await candidateWithProfile(web, {
      firstName: 'Olena',
      lastName: 'Kovalenko',
      skills: ['Python', 'SQL'],
      languages: [
        { code: 'de', level: 'C1' },
        { code: 'en', level: 'C1' },
      ],
      preferredCities: ['Dresden'],
    });
    other = await candidateWithProfile(web, {
      firstName: 'Tomasz',
      lastName: 'Nowak',
      headline: 'Database administrator',
      skills: ['SQL'],
      languages: [{ code: 'de', level: 'B2' }],
      preferredCities: ['Leipzig'],
      desiredOccupations: ['database administrator'],
    });
    await outboxDrained(web);
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 800 } });
    page = await context.newPage();
    recordPageProblems(page, problems);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await web?.close();
  });

  const results = () => page.getByRole('region', { name: /candidates? found/ });

  it('signs in as the employer and searches candidates with a language level and a skill facet', async () => {
    await page.goto(`${web.url}/sign-in`);
    await page.getByLabel('E-mail address').fill(employer.email);
    await page.getByLabel('Password').fill(employer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Find candidates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find candidates' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '2 candidates found' }).waitFor();

    // German at B2 or better: a language row (language + minimum level), held in the URL.
    await page.getByRole('button', { name: /Language \(optional\)/ }).click();
    await page.getByRole('option', { name: 'German' }).click();
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.waitForURL(/languages=de%3AB2/);
    await page.getByRole('button', { name: 'Remove German B2' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '2 candidates found' }).waitFor();

    // The skill facet narrows to the one candidate with Python.
    await page
      .getByRole('group', { name: 'Skills' })
      .getByRole('button', { name: /^Python.*\(1\)$/ })
      .click();
    await page.getByRole('heading', { level: 2, name: '1 candidate found' }).waitFor();
    await page.waitForURL(/skills=/);
    const card = results().getByRole('article');
    expect(await card.count()).toBe(1);
    expect(await card.getByRole('heading').textContent()).toBe('Olena');
    expect(await card.getByRole('list', { name: 'Languages' }).textContent()).toContain('German C1');

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'employer-candidates-375');
    await expectNoSeriousAxeViolations(page, 'the candidate search');

    // The result opens the profile as employers see it: no contact data before consent.
    await card.getByRole('link', { name: 'Olena' }).click();
    await page.getByRole('heading', { level: 1, name: 'Olena' }).waitFor();
    await page.getByText('Contact data is shown once the candidate accepts your invitation or applies.').waitFor();
    expect(await page.getByText(fitting.user.email).count()).toBe(0);
    await expectNoSeriousAxeViolations(page, 'the candidate view');
  });

  it('ranks the fitting candidate first with sentences and meters, and invites with a message', async () => {
    await page.goto(`${web.url}/employer/offers/${offerId}/matches`);
    await page.getByRole('heading', { level: 1, name: 'Matching candidates' }).waitFor();
    const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Rank 1: Olena/ }) });
    await first.waitFor();
    await page.getByRole('heading', { name: /^Rank 2: Tomasz/ }).waitFor();
    const text = await first.textContent();
    expect(text).toContain('Speaks German at C1 (B2 required).');
    expect(text).toContain('Has 2 of 2 required skills.');
    const meter = first.getByRole('meter', { name: 'Skills' });
    expect(await meter.getAttribute('aria-valuetext')).toMatch(/^Skills: [\d.]+ of [\d.]+ points$/);
    await expectNoSeriousAxeViolations(page, 'the matches of an offer');

    await first.getByRole('button', { name: 'Invite Olena' }).click();
    await first.getByLabel('Message').fill('Your Python experience fits our team in Dresden. Shall we talk?');
    await expectNoSeriousAxeViolations(page, 'the invitation form');
    await first.getByRole('button', { name: 'Send invitation' }).click();
    await first.getByRole('status').filter({ hasText: 'Invitation sent to Olena.' }).waitFor();

    // Inviting the same candidate again from her profile reads "Already invited".
    await page.goto(`${web.url}/employer/candidates/${fitting.profile.id}`);
    await page.getByRole('button', { name: 'Invite Olena' }).click();
    await page.getByRole('button', { name: /Job offer/ }).click();
    await page.getByRole('option', { name: 'Python-Entwickler/in (m/w/d)' }).click();
    await page.getByLabel('Message').fill('Once more');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'Already invited' }).waitFor();
  });

  it('shows the contact e-mail on the responses page once the candidate accepts', async () => {
    const mine = await web.http().get('/api/v1/candidates/me/invitations').set(fitting.user.auth).expect(200);
    const invitation = (mine.body.items as { id: string }[])[0];
    await web.http().post(`/api/v1/invitations/${invitation.id}/accept`).set(fitting.user.auth).expect(200);

    await page.goto(`${web.url}/employer/offers/${offerId}/responses`);
    await page.getByRole('heading', { level: 1, name: 'Applications and invitations' }).waitFor();
    const invitations = page.getByRole('region', { name: 'Sent invitations' });
    const mail = invitations.getByRole('link', { name: fitting.user.email });
    await mail.waitFor();
    expect(await mail.getAttribute('href')).toBe(`mailto:${fitting.user.email}`);
    expect(await invitations.textContent()).toContain('Accepted');
    expect(await invitations.textContent()).toContain('Olena Kovalenko');
    await page.getByRole('region', { name: 'Applications' }).getByText('No applications yet').waitFor();
    await expectNoSeriousAxeViolations(page, 'the responses of an offer');
    expect(other.profile.id).not.toBe(fitting.profile.id);
    expect(problems).toEqual([]);
  });
});
