/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  accessibleDescription,
  expectNoSeriousAxeViolations,
  firstContentfulPaint,
  horizontalOverflow,
  launchBrowser,
  recordPageProblems,
  screenshot,
  startWebApp,
  type WebApp,
} from '../utils/browser';

jest.setTimeout(120_000);

describe('web app shell (browser)', () => {
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
    // A German browser at phone width (375 px): the app must start in German and fit.
    context = await browser.newContext({ locale: 'de-DE', viewport: { width: 375, height: 800 } });
    page = await context.newPage();
    recordPageProblems(page, problems);
  });
  afterEach(async () => {
    await context.close();
    problems.length = 0;
  });

  it('renders the landing page in German, accessible, fitting 375 px, with no script errors; measures the first paint', async () => {
    const started = Date.now();
    const response = await page.goto(`${web.url}/`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Arbeit in Sachsen finden' }).waitFor();
    const fcp = await firstContentfulPaint(page);
    console.log(
      `Landing page: first contentful paint ${fcp.toFixed(0)} ms (headless Chromium, 2 shared cores), h1 after ${Date.now() - started} ms`,
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.title()).toBe('Arbeit in Sachsen finden – TalentBridge Sachsen');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The skip link is the first Tab stop and leads to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await screenshot(page, 'landing-375');
    await expectNoSeriousAxeViolations(page, 'the landing page');
    expect(problems).toEqual([]);
  });

  it('signs up a candidate by keyboard, shows field errors at their fields, switches language, signs out and in again', async () => {
    const email = `lena.${Date.now()}@example.org`;
    const password = 'ein langes sicheres Passwort';
    await page.goto(`${web.url}/`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Konto erstellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Konto erstellen' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'the sign-up page');

    // Choose the role with the keyboard (arrow keys / space in a radio group), fill in a too short password.
    await page.getByRole('radio', { name: 'Arbeit in Sachsen finden' }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'Arbeit in Sachsen finden' }).isChecked()).toBe(true);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('zu kurz');
    await page.getByLabel('Passwort').press('Enter');

    // The API's 400 names the field: the message is at the password field (aria-describedby) and in the summary.
    const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Passwort: Geben Sie mindestens 12 Zeichen ein.');
    expect(await accessibleDescription(page, page.getByLabel('Passwort'))).toContain('Geben Sie mindestens 12 Zeichen ein.');
    expect(await page.getByLabel('Passwort').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await screenshot(page, 'sign-up-errors-375');
    await expectNoSeriousAxeViolations(page, 'the sign-up page with errors');

    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Konto erstellen' }).press('Enter');

    // Signed in: the candidate's navigation, their first step (the empty profile), the account line.
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/me/profile');
    expect(await nav.getByRole('link', { name: 'Mein Profil' }).isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Anmelden' }).count()).toBe(0);
    expect(await page.getByText(`Angemeldet als ${email} (Fachkraft)`).isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('tb.accessToken'))).toBeTruthy();

    // A reload restores the session from /auth/me.
    await page.reload();
    await nav.getByRole('link', { name: 'Passende Stellen' }).waitFor();
    await screenshot(page, 'candidate-375');

    // Language: English and back; the choice is kept and sets <html lang>.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, localStorage.getItem('tb.language')])).toEqual(['en', 'en']);
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Jobs for me' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

    // Sign out: the anonymous navigation again, the token gone.
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await nav.getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('tb.accessToken'))).toBeNull();

    // A page for candidates now asks to sign in, and leads back to it afterwards.
    await page.goto(`${web.url}/me/profile`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/me/profile');
    await expectNoSeriousAxeViolations(page, 'the sign-in page');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill('falsches Passwort 123');
    await page.getByLabel('Passwort').press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' }).waitFor();
    expect(await accessibleDescription(page, page.getByLabel('Passwort'))).toContain(
      'Die E-Mail-Adresse oder das Passwort ist nicht richtig.',
    );
    await page.getByLabel('Passwort').fill(password);
    await page.getByLabel('Passwort').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });

  it('suggests ESCO skills in the chosen language, adds choices as ticked skill filters, and keeps the search in the URL', async () => {
    await page.goto(`${web.url}/`);
    // Typed key by key, as a person would (a scroll while the list opens would close it again).
    // On a phone the filters are folded at first.
    await page.getByText('Suche eingrenzen', { exact: true }).click();
    const skills = page.getByRole('combobox', { name: 'Kompetenz hinzufügen' });
    await skills.scrollIntoViewIfNeeded();
    await skills.pressSequentially('python');
    const option = page.getByRole('option', { name: /^Python/ }).first();
    await option.waitFor();
    expect(await option.textContent()).toMatch(/Computerprogrammierung/);
    await skills.press('ArrowDown');
    await skills.press('Enter');
    // The chosen skill becomes a ticked filter (its label in the URL, readable when shared).
    const python = page.getByRole('checkbox', { name: /^Python \(Computerprogrammierung\)/ });
    await python.waitFor();
    expect(await python.isChecked()).toBe(true);
    expect(await skills.inputValue()).toBe('');
    // Free text that ESCO does not know: the list says so, and Enter keeps it as written.
    await skills.pressSequentially('Kranfahren mit Lizenz XY');
    await page.getByText('Kein Vorschlag für „Kranfahren mit Lizenz XY“.', { exact: false }).waitFor();
    await skills.press('Enter');
    const crane = page.getByRole('checkbox', { name: /^Kranfahren mit Lizenz XY/ });
    await crane.waitFor();
    await crane.focus();
    await page.keyboard.press('Space');
    await crane.waitFor({ state: 'detached' });
    await screenshot(page, 'landing-skills-375');
    await expectNoSeriousAxeViolations(page, 'the landing page with a chosen skill');

    await page.getByLabel('Was suchen Sie?').fill('Softwareentwicklung');
    await page.getByRole('button', { name: 'Stellen suchen' }).click();
    await page.getByRole('heading', { name: 'Keine passenden Angebote' }).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('Softwareentwicklung');
    expect(url.searchParams.get('skills')).toBe('Python (Computerprogrammierung)');

    // In English the suggestions come with English labels (the client sends lang=en).
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('combobox', { name: 'Add a skill' });
    await english.scrollIntoViewIfNeeded();
    await english.pressSequentially('java');
    await page.getByRole('option', { name: /^Java \(computer programming\)/ }).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows API field errors at every kind of shared field, and the fields work by keyboard (/dev/components)', async () => {
    await page.goto(`${web.url}/dev/components`);
    await page.getByRole('heading', { level: 1, name: 'Components' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'the component gallery');

    await page.getByRole('button', { name: 'Show API errors' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('6 Angaben brauchen Ihre Aufmerksamkeit');
    expect(await summary.textContent()).toContain('Diese Angabe ist hier nicht möglich.'); // `nickname`: no such field here
    const described = async (locator: ReturnType<Page['locator']>) => accessibleDescription(page, locator);
    expect(await described(page.getByRole('textbox', { name: 'Headline' }))).toContain('Geben Sie höchstens 120 Zeichen ein.');
    expect(await described(page.getByRole('textbox', { name: 'Summary' }))).toContain('Bitte füllen Sie dieses Feld aus.');
    const level = page.getByRole('button', { name: /German level/ });
    expect(await described(level)).toContain('Wählen Sie eines davon: A1, A2, B1, B2, C1, C2, native.');
    expect(await described(page.getByRole('radiogroup', { name: 'Work permit' }))).toContain('Wählen Sie eines davon');
    expect(await described(page.getByRole('checkbox', { name: 'Open to remote work' }))).toContain('Wählen Sie Ja oder Nein.');
    expect(await described(page.getByRole('combobox', { name: 'Skills' }))).toContain('Wählen Sie mindestens 1 aus.');
    await screenshot(page, 'components-errors-375');
    await expectNoSeriousAxeViolations(page, 'the component gallery with errors');

    // A link in the summary takes the focus to its field.
    await summary.getByRole('link', { name: /^Headline:/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('headline');

    // Keyboard only: the select opens with Enter, arrows move, Enter picks; a changed field drops its API error.
    await level.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await level.textContent()).toContain('B2');
    expect(await described(level)).not.toContain('Wählen Sie eines davon');
    await page.getByRole('radio', { name: 'I need a visa' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('checkbox', { name: 'Open to remote work' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('textbox', { name: 'Headline' }).fill('Elektronikerin');
    await page.getByRole('button', { name: 'Submit' }).press('Enter');
    const submitted = (await page.getByRole('status').filter({ hasText: 'Submitted' }).textContent()) ?? '';
    expect(submitted).toContain('"level":"B2"');
    expect(submitted).toContain('"permit":"needs_visa"');
    expect(submitted).toContain('"headline":"Elektronikerin"');
    expect(submitted).toContain('"openToRemote":"on"');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });

  it('starts in English for browsers that do not prefer German', async () => {
    const polish = await browser.newContext({ locale: 'pl-PL' });
    try {
      const other = await polish.newPage();
      await other.goto(`${web.url}/sign-in`);
      await other.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await other.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await polish.close();
    }
  });

  it('loads the app at deep links and answers unknown pages with its 404 page', async () => {
    const id = '3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60';
    const response = await page.goto(`${web.url}/jobs/${id}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/text\/html/);
    await page.getByRole('heading', { level: 1, name: 'Stellenangebot' }).waitFor();
    await page.goto(`${web.url}/gibt/es/nicht`);
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('keeps the API answering JSON, and sends the CSP (script-src self) and cache headers with the app', async () => {
    const api = await fetch(`${web.url}/api/v1/nope`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/application\/json/);
    expect(await api.json()).toMatchObject({ statusCode: 404 });

    const html = await fetch(`${web.url}/employer/offers/42`);
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const csp = html.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    const body = await html.text();
    expect(body).toContain('<div id="root"></div>');
    expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(body)?.[1];
    const asset = await fetch(`${web.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    expect((await fetch(`${web.url}/health`)).headers.get('content-type')).toMatch(/application\/json/);
    expect((await fetch(`${web.url}/docs-json`)).headers.get('content-type')).toMatch(/application\/json/);
  });
});
