/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

/** Opens a select (a button named by its label) and picks an option by its visible name. */
async function choose(page: Page, scope: Locator | Page, button: RegExp, option: string) {
  await scope.getByRole('button', { name: button }).click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await page.getByRole('listbox').waitFor({ state: 'detached' });
}

describe('candidate profile: edit and export (browser)', () => {
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
    // A German phone: 375 px wide.
    context = await browser.newContext({ locale: 'de-DE', viewport: { width: 375, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    // 4xx answers the journey provokes (404 before the first save, 400, 401) do not count.
    recordPageProblems(page, problems);
  });
  afterEach(async () => {
    await context.close();
    problems.length = 0;
  });

  it('fills in a profile with German and Polish terms, shows errors at their fields, and exports it', async () => {
    const email = `oksana.${Date.now()}@example.org`;
    const password = 'ein langes sicheres Passwort';
    const registered = await fetch(`${web.url}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password, role: 'candidate' }),
    });
    expect(registered.status).toBe(201);

    // Sign in through the UI, open the profile from the menu: it is empty (404 → empty form).
    await page.goto(`${web.url}/sign-in`);
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stellen, die zu mir passen' }).waitFor();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mein Profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    await page.getByText('Sie haben noch kein Profil.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page, 'the empty profile page');

    await page.getByRole('textbox', { name: 'Vorname' }).fill('Oksana');
    await page.getByRole('textbox', { name: 'Nachname' }).fill('Kowalska');
    await page.getByRole('textbox', { name: 'Kurzvorstellung' }).fill('Softwareentwicklerin aus Wrocław');
    // Citizenships: each one chosen becomes a chip.
    await choose(page, page, /Ihre Staatsangehörigkeiten/, 'Ukraine');
    await page.getByRole('grid', { name: 'Gewählte Staatsangehörigkeiten' }).getByRole('row', { name: 'Ukraine' }).waitFor();

    // A German skill from the suggestions, a German one and a Polish occupation as typed (the API resolves them).
    const skills = page.getByRole('combobox', { name: 'Ihre Kenntnisse' });
    await skills.scrollIntoViewIfNeeded();
    await skills.pressSequentially('python');
    await page.getByRole('option', { name: /^Python \(Computerprogrammierung\)/ }).waitFor();
    await skills.press('ArrowDown');
    await skills.press('Enter');
    await page.getByRole('row', { name: 'Python (Computerprogrammierung)', exact: true }).waitFor();
    await skills.pressSequentially('Datenbankdokumentation schreiben');
    await skills.press('Enter');
    await page.getByRole('row', { name: /^Datenbankdokumentation schreiben/ }).waitFor();
    const occupations = page.getByRole('combobox', { name: 'Berufe, die Sie suchen' });
    await occupations.pressSequentially('twórca oprogramowania');
    await occupations.press('Enter');
    await page.getByRole('row', { name: 'twórca oprogramowania (nicht in ESCO)' }).waitFor();

    // A degree with a year that is too early, and a language with its level.
    await page.getByRole('button', { name: 'Abschluss hinzufügen' }).click();
    const degree = page.getByRole('group', { name: 'Abschluss 1' });
    await choose(page, degree, /Art des Abschlusses/, 'Master');
    await degree.getByRole('textbox', { name: 'Fach' }).fill('Informatik');
    await degree.getByRole('textbox', { name: 'Hochschule oder Schule' }).fill('Politechnika Wrocławska');
    await choose(page, degree, /Land/, 'Polen');
    await degree.getByRole('textbox', { name: 'Jahr des Abschlusses' }).fill('1900');
    // Recognition in Germany, with a hint where to check it.
    const recognition = degree.getByRole('button', { name: /Anerkennung in Deutschland/ });
    expect(await accessibleDescription(page, recognition)).toContain('anabin');
    await choose(page, degree, /Anerkennung in Deutschland/, 'Vergleichbar (anabin „entspricht“ oder Zeugnisbewertung der ZAB)');
    // Work experience: an occupation from the ESCO suggestions and its years ("2,5" as a German writes it).
    await page.getByRole('button', { name: 'Berufserfahrung hinzufügen' }).click();
    const experience = page.getByRole('group', { name: 'Berufserfahrung 1' });
    const experienceOccupation = experience.getByRole('combobox', { name: /^Beruf/ });
    await experienceOccupation.click();
    await experienceOccupation.pressSequentially('Datenbankentw');
    await page.getByRole('option', { name: /^Datenbankentwickler\/Datenbankentwicklerin/ }).click();
    await experience.getByRole('row', { name: 'Datenbankentwickler/Datenbankentwicklerin', exact: true }).waitFor();
    await experience.getByRole('textbox', { name: /^Jahre in diesem Beruf/ }).fill('2,5');
    await page.getByRole('button', { name: 'Sprache hinzufügen' }).click();
    const language = page.getByRole('group', { name: 'Sprache 1' });
    await choose(page, language, /Sprache(?! \d)/, 'Polnisch');
    await choose(page, language, /Niveau/, 'Muttersprache');
    await page.getByRole('button', { name: 'Sprache hinzufügen' }).click();
    const german = page.getByRole('group', { name: 'Sprache 2' });
    await choose(page, german, /Sprache(?! \d)/, 'Deutsch');
    await choose(page, german, /Niveau/, 'B2 – gute Mittelstufe');

    // The residence title is asked for once "has a permit" is chosen.
    expect(await page.getByRole('button', { name: /Ihr jetziger Aufenthaltstitel/ }).count()).toBe(0);
    await choose(page, page, /Erlaubnis, in Deutschland zu arbeiten/, 'Ich habe einen Aufenthaltstitel, mit dem ich arbeiten darf');
    await choose(page, page, /Ihr jetziger Aufenthaltstitel/, 'Chancenkarte (§20a)');

    const city = page.getByRole('combobox', { name: 'Orte in Sachsen, an denen Sie arbeiten möchten' });
    await city.pressSequentially('Dresden');
    await city.press('Enter');
    await page.getByRole('row', { name: 'Dresden', exact: true }).waitFor();
    // From the first letters the official list suggests towns with their district. Clicked first, as a person
    // would: a script typing into the combo box right after a Select's popover closed gets the text in but the list
    // stays shut (React Aria's focus restore of the closing Select), which no hand is fast enough to do.
    await city.click();
    await city.pressSequentially('Frei');
    await page.getByRole('option', { name: /^Freiberg \(Mittelsachsen\)/ }).click();
    await page.getByRole('row', { name: 'Freiberg', exact: true }).waitFor();
    // By keyboard, as in a radio group: focus the option, Space selects it.
    await page.getByRole('radio', { name: 'Geprüfte Arbeitgeber' }).focus();
    await page.keyboard.press('Space');
    expect(await accessibleDescription(page, page.getByRole('radio', { name: 'Geprüfte Arbeitgeber' }))).toContain(
      'Ihr Name und Ihre E-Mail-Adresse bleiben verborgen',
    );

    // The bad year: the API's message appears at that field (degrees.0.graduationYear), and nothing is saved.
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByRole('alert').first().waitFor();
    const year = degree.getByRole('textbox', { name: 'Jahr des Abschlusses' });
    await page.waitForFunction(
      () => document.querySelector('input[name="degrees.0.graduationYear"]')?.getAttribute('aria-invalid') === 'true',
    );
    expect(await accessibleDescription(page, year)).toContain('1950');
    await screenshot(page, 'profile-error-375');
    await expectNoSeriousAxeViolations(page, 'the profile page with an error');

    await year.fill('2022');
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihr Profil ist gespeichert.' }).waitFor();

    // After a reload the chips show the ESCO concepts the API resolved, in German.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    await page.getByText('Arbeitgeber können Ihr Profil jetzt finden.').waitFor();
    await page.getByRole('row', { name: 'Python (Computerprogrammierung)', exact: true }).waitFor();
    await page.getByRole('row', { name: 'Datenbankdokumentation schreiben', exact: true }).waitFor();
    await page.getByRole('row', { name: 'Softwareentwickler/Softwareentwicklerin', exact: true }).waitFor();
    await page.getByRole('row', { name: 'Dresden', exact: true }).waitFor();
    await page.getByRole('row', { name: 'Freiberg', exact: true }).waitFor();
    await page.getByRole('grid', { name: 'Gewählte Staatsangehörigkeiten' }).getByRole('row', { name: 'Ukraine' }).waitFor();
    expect(await page.getByRole('button', { name: /Ihr jetziger Aufenthaltstitel/ }).textContent()).toContain('Chancenkarte (§20a)');
    const savedExperience = page.getByRole('group', { name: 'Berufserfahrung 1' });
    await savedExperience.getByRole('row', { name: 'Datenbankentwickler/Datenbankentwicklerin', exact: true }).waitFor();
    expect(await savedExperience.getByRole('textbox', { name: /^Jahre in diesem Beruf/ }).inputValue()).toBe('2,5');
    expect(
      await page
        .getByRole('group', { name: 'Abschluss 1' })
        .getByRole('button', { name: /Anerkennung in Deutschland/ })
        .textContent(),
    ).toContain('Vergleichbar');
    expect(
      await page
        .getByRole('group', { name: 'Sprache 1' })
        .getByRole('button', { name: /Niveau/ })
        .textContent(),
    ).toContain('Muttersprache');
    expect(await page.getByRole('group', { name: 'Abschluss 1' }).getByRole('textbox', { name: 'Jahr des Abschlusses' }).inputValue()).toBe(
      '2022',
    );
    expect(await page.getByRole('radio', { name: 'Geprüfte Arbeitgeber' }).isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'profile-saved-375');
    await expectNoSeriousAxeViolations(page, 'the saved profile page');

    // Export: a JSON file named by today's date, holding the profile.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Meine Daten herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^talentbridge-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      account: { email: string };
      profile: { firstName: string; preferredCities: string[]; citizenships: string[]; residenceTitle: string | null };
    };
    expect(exported.account.email).toBe(email);
    expect(exported.profile.firstName).toBe('Oksana');
    expect(exported.profile.preferredCities).toEqual(['Dresden', 'Freiberg']);
    expect(exported.profile.citizenships).toEqual(['UA']);
    expect(exported.profile.residenceTitle).toBe('opportunity_card');

    expect(problems).toEqual([]);
  });
});
