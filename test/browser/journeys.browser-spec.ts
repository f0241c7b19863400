/// <reference lib="dom" />
// page.evaluate callbacks run in the browser: they use DOM types.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { staffUser, type TestUser } from '../factories/users';
import {
  expectNoSeriousAxeViolations,
  horizontalOverflow,
  launchBrowser,
  recordPageProblems,
  screenshot,
  startWebApp,
  type WebApp,
} from '../utils/browser';

jest.setTimeout(300_000);

/**
 * The three journeys of the web interface, each person in their own browser, nothing done through the API
 * but the background: one other published offer, so the graduate has something to match from the start.
 *   1. Katarzyna, a graduate in Wrocław on her phone, in Polish: signs up, builds her profile with German and
 *      Polish skill names, makes it visible, reads her matches with the reasons.
 *   2. An HR person in Dresden, in German: signs up, enters the organisation; a caseworker verifies it in the
 *      queue; the HR person posts an offer, the caseworker approves it; the HR person finds Katarzyna in the
 *      candidate search and in the offer's matches, and invites her.
 *   3. Katarzyna accepts; the HR person then sees her e-mail address; Katarzyna downloads her data and deletes
 *      her account.
 * The `it`s run in order and hand their state on: each is one journey.
 */
describe('journeys: graduate, employer with staff, consent and erasure (browser)', () => {
  let web: WebApp;
  let browser: Browser;
  let staff: TestUser;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let graduate: Page;
  let employer: Page;
  let caseworker: Page;

  const katarzyna = { email: `katarzyna.${Date.now()}@example.org`, password: 'moje bardzo tajne hasło 2026' };
  const hr = { email: `personal.${Date.now()}@elbtal-software.example`, password: 'ein langes geheimes Passwort' };
  const offerTitle = 'Backend-Entwickler/in Python (m/w/d)';

  async function person(locale: string, viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ locale, viewport, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    recordPageProblems(page, problems);
    return page;
  }

  /** Opens a select (a button named by its label) and picks an option by its visible name. */
  async function choose(page: Page, scope: Locator | Page, button: RegExp, option: string) {
    await scope.getByRole('button', { name: button }).click();
    await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
  }

  /** Selects a radio option by keyboard, as in any radio group: focus it, Space selects it. */
  async function pick(radio: Locator) {
    await radio.focus();
    await radio.press('Space');
    expect(await radio.isChecked()).toBe(true);
  }

  async function signIn(page: Page, account: { email: string; password: string }, labels: { email: string; password: string }) {
    await page.getByLabel(labels.email).fill(account.email);
    await page.getByLabel(labels.password).fill(account.password);
    await page.getByLabel(labels.password).press('Enter');
  }

  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebApp(), launchBrowser()]);
    staff = await staffUser(web);
    // The background: another organisation's published offer in Leipzig that asks for four skills and German B1.
    const other = await verifiedEmployer(web, staff, { name: 'Pleiße Daten GmbH', city: 'Leipzig', postalCode: '04109' });
    await publishedOffer(web, other, staff, {
      title: 'Data Engineer (m/w/d)',
      occupation: 'data scientist',
      requiredSkills: ['Python (computer programming)', 'SQL', 'normalise data', 'data warehouse'],
      optionalSkills: [],
      languages: [{ code: 'de', minLevel: 'B1' }],
      city: 'Leipzig',
      postalCode: '04109',
    });
    graduate = await person('pl-PL', { width: 375, height: 800 });
    employer = await person('de-DE', { width: 1280, height: 900 });
    caseworker = await person('de-DE', { width: 1280, height: 900 });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await web?.close();
  });
  afterEach(() => {
    // Script errors and console errors on any of the three screens fail the journey they happened in.
    expect(problems).toEqual([]);
  });

  it('1. a graduate signs up, builds a profile with German and Polish skill names, makes it visible and sees her matches', async () => {
    const page = graduate;
    await page.goto(`${web.url}/`);
    // A Polish browser gets English first; the switcher offers Polish.
    await page.getByRole('button', { name: 'Polski' }).click();
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Załóż konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Załóż konto' }).waitFor();
    await pick(page.getByRole('radio', { name: /znaleźć pracę w Saksonii/ }));
    await page.getByLabel('Adres e-mail').fill(katarzyna.email);
    await page.getByLabel('Hasło').fill(katarzyna.password);
    await page.getByRole('button', { name: 'Załóż konto' }).click();

    // A new account starts at the profile, empty.
    await page.getByRole('heading', { level: 1, name: 'Mój profil' }).waitFor();
    await page.getByText('Nie masz jeszcze profilu.', { exact: false }).waitFor();
    await page.getByRole('textbox', { name: 'Imię' }).fill('Katarzyna');
    await page.getByRole('textbox', { name: 'Nazwisko' }).fill('Wiśniewska');
    await page.getByRole('textbox', { name: 'Nagłówek' }).fill('Programistka Python z Wrocławia');

    // Skills typed in German and in Polish; the server resolves each to its ESCO concept.
    const skills = page.getByRole('combobox', { name: 'Twoje umiejętności' });
    await skills.scrollIntoViewIfNeeded();
    await skills.pressSequentially('Python (Computerprogrammierung)');
    await skills.press('Enter');
    await skills.pressSequentially('normalizować dane');
    await skills.press('Enter');
    await skills.pressSequentially('SQL');
    await skills.press('Enter');
    await page.getByRole('row', { name: /^normalizować dane/ }).waitFor();
    const occupations = page.getByRole('combobox', { name: 'Zawody, których szukasz' });
    await occupations.pressSequentially('twórca oprogramowania');
    await occupations.press('Enter');

    await page.getByRole('button', { name: 'Dodaj dyplom' }).click();
    const degree = page.getByRole('group', { name: 'Dyplom 1' });
    await choose(page, degree, /Poziom/, 'Magister');
    await degree.getByRole('textbox', { name: 'Kierunek' }).fill('Informatyka');
    await degree.getByRole('textbox', { name: 'Uczelnia lub szkoła' }).fill('Politechnika Wrocławska');
    await choose(page, degree, /Kraj/, 'Polska');
    await degree.getByRole('textbox', { name: 'Rok ukończenia' }).fill('2023');
    await page.getByRole('button', { name: 'Dodaj język' }).click();
    await choose(page, page.getByRole('group', { name: 'Język 1' }), /Język(?! \d)/, 'polski');
    await choose(page, page.getByRole('group', { name: 'Język 1' }), /Poziom/, 'Język ojczysty');
    await page.getByRole('button', { name: 'Dodaj język' }).click();
    await choose(page, page.getByRole('group', { name: 'Język 2' }), /Język(?! \d)/, 'niemiecki');
    await choose(page, page.getByRole('group', { name: 'Język 2' }), /Poziom/, 'B1 – średni');

    await choose(page, page, /Prawo do pracy w Niemczech/, 'Potrzebuję jeszcze wizy lub zezwolenia na pracę');
    // A combo box over the official Saxon places; Enter keeps the name as typed (the API resolves it).
    const city = page.getByRole('combobox', { name: 'Miejscowości w Saksonii, w których chcesz pracować' });
    for (const name of ['Leipzig', 'Dresden']) {
      await city.fill(name);
      await city.press('Enter');
      await page.getByRole('row', { name, exact: true }).waitFor();
    }
    // Visible to verified employers, explained in plain words.
    const visible = page.getByRole('radio', { name: 'Zweryfikowani pracodawcy' });
    await pick(visible);
    await page.getByText('Pracodawcy mogą Cię znaleźć. Twoje nazwisko i e-mail pozostają ukryte').waitFor();
    await page.getByRole('button', { name: 'Zapisz profil' }).click();
    await page.getByRole('status').filter({ hasText: 'Twój profil został zapisany.' }).waitFor();
    await page.getByText('Pracodawcy mogą teraz znaleźć Twój profil.').waitFor();
    // The chips now show the ESCO concepts in Polish, whatever language they were typed in.
    await page.getByRole('row', { name: 'Python (programowanie komputerowe)', exact: true }).waitFor();
    await page.getByRole('row', { name: 'twórca oprogramowania', exact: true }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'journey-1-profile-375');
    await expectNoSeriousAxeViolations(page, 'the graduate profile (journey 1)');

    // Her matches: the Leipzig offer, explained in Polish sentences, with the score broken down by factor.
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Oferty dla mnie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oferty pasujące do mnie' }).waitFor();
    const match = page.getByRole('article', { name: 'Data Engineer (m/w/d)' });
    await match.getByText('Masz 3 z 4 wymaganych umiejętności — brakuje: hurtownia danych').waitFor();
    await match.getByText('niemiecki B1 spełnia B1').waitFor();
    await match.getByText('Leipzig to jedno z Twoich preferowanych miast').waitFor();
    await match.getByRole('heading', { name: 'Wiza i zezwolenie na pracę' }).waitFor();
    expect(await match.getByRole('meter').count()).toBeGreaterThanOrEqual(5);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'journey-1-matches-375');
    await expectNoSeriousAxeViolations(page, 'the graduate matches (journey 1)');
  });

  it('2. an employer signs up, is verified by staff, posts an offer that staff approve, finds the graduate and invites her', async () => {
    // The HR person signs up as an employer and enters the organisation: the check is pending.
    await employer.goto(`${web.url}/sign-up?role=employer`);
    await employer.getByRole('heading', { level: 1, name: 'Konto erstellen' }).waitFor();
    expect(await employer.getByRole('radio', { name: /Fachkräfte für meine Organisation finden/ }).isChecked()).toBe(true);
    await employer.getByLabel('E-Mail-Adresse').fill(hr.email);
    await employer.getByLabel('Passwort').fill(hr.password);
    await employer.getByRole('button', { name: 'Konto erstellen' }).click();
    await employer.getByRole('heading', { level: 1, name: 'Ihre Organisation' }).waitFor();
    await employer.getByLabel(/^Name der Organisation/).fill('Elbtal Software GmbH');
    await employer.getByLabel(/^Handelsregisternummer/).fill('HRB 41234');
    await employer.getByLabel(/^Ort/).fill('Dresden');
    await employer.getByLabel(/^Postleitzahl/).fill('01067');
    await employer.getByLabel(/^Branche/).fill('Softwareentwicklung');
    await choose(employer, employer, /Zahl der Beschäftigten/, '10-49 Beschäftigte');
    await employer.getByLabel(/^Über die Organisation/).fill('Wir entwickeln Software für Stadtwerke in Sachsen.');
    await employer.getByRole('button', { name: 'Organisation speichern' }).click();
    await employer.getByRole('heading', { name: 'Prüfung steht aus' }).waitFor();

    // The caseworker signs in and verifies the organisation from the queue.
    await caseworker.goto(`${web.url}/sign-in`);
    await signIn(caseworker, staff, { email: 'E-Mail-Adresse', password: 'Passwort' });
    await caseworker.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    const organisation = caseworker.getByRole('article', { name: 'Organisation: Elbtal Software GmbH' });
    await organisation.getByText('HRB 41234').waitFor();
    await organisation.getByRole('textbox', { name: 'Begründung' }).fill('Handelsregister geprüft');
    await organisation.getByRole('button', { name: 'Verifizieren' }).click();
    await caseworker.getByRole('status').getByText('Erledigt: „Elbtal Software GmbH“ ist verifiziert bzw. veröffentlicht.').waitFor();

    // The employer sees the result, and writes an offer.
    await employer.reload();
    await employer.getByRole('heading', { name: 'Organisation geprüft' }).waitFor();
    await employer.getByRole('link', { name: 'Zu Ihren Stellenangeboten' }).click();
    await employer.getByRole('link', { name: 'Neues Stellenangebot erstellen' }).first().click();
    await employer.getByRole('heading', { level: 1, name: 'Neues Stellenangebot' }).waitFor();
    await employer.getByLabel(/^Stellenbezeichnung/).fill(offerTitle);
    const occupation = employer.getByRole('combobox', { name: /^Beruf/ });
    await occupation.pressSequentially('Softwareentwickler');
    await employer
      .getByRole('option', { name: /^Softwareentwickler\/Softwareentwicklerin/ })
      .first()
      .click();
    const required = employer.getByRole('combobox', { name: /^Erforderliche Fähigkeiten/ });
    // Picked from the suggestions, which name the ESCO concept in German.
    for (const [typed, concept] of [
      ['Python', /^Python \(Computerprogrammierung\)/],
      ['SQL', /^SQL/],
    ] as const) {
      await required.click();
      await required.pressSequentially(typed);
      await employer.getByRole('option', { name: concept }).first().click();
    }
    await employer.getByRole('row', { name: 'Python (Computerprogrammierung)', exact: true }).waitFor();
    await employer.getByLabel(/^Beschreibung/).fill('Sie entwickeln unsere Abrechnungsplattform in Python, im Team von sechs Leuten.');
    // The editor starts with one language row.
    await choose(employer, employer, /(?<!der )Sprache 1(?! entfernen)/, 'Deutsch');
    await choose(employer, employer, /Mindestniveau der Sprache 1/, 'B1 (Mittelstufe)');
    await employer.getByLabel(/^Arbeitsort/).fill('Dresden');
    await employer.getByLabel(/^Postleitzahl/).fill('01067');
    await choose(employer, employer, /Arbeitsplatz/, 'Teilweise von zu Hause');
    await choose(employer, employer, /Vertrag/, 'Unbefristet');
    await employer.getByLabel(/^Von \(EUR\)/).fill('52000');
    await employer.getByLabel(/^Bis \(EUR\)/).fill('64000');
    await employer.getByText('Wir unterstützen beim Visumsantrag').click();
    await employer.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await employer.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await employer.getByText('In Prüfung', { exact: true }).first().waitFor();
    // Paid above the Blue Card threshold: no warning.
    expect(await employer.getByText('Bitte prüfen Sie vor dem Einreichen').count()).toBe(0);

    // The caseworker approves it from the queue.
    await caseworker.reload();
    const offer = caseworker.getByRole('article', { name: `Angebot: ${offerTitle}` });
    await offer.getByText('Elbtal Software GmbH').waitFor();
    await offer.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click();
    await caseworker.getByRole('status').getByText(`Erledigt: „${offerTitle}“ ist verifiziert bzw. veröffentlicht.`).waitFor();
    await screenshot(caseworker, 'journey-2-queue');
    await expectNoSeriousAxeViolations(caseworker, 'the moderation queue (journey 2)');

    // The employer finds Katarzyna in the candidate search, by a German search term for her skill…
    await employer.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fachkräfte finden' }).click();
    await employer.getByRole('heading', { level: 1, name: 'Kandidatinnen und Kandidaten finden' }).waitFor();
    await employer
      .getByRole('searchbox', { name: 'Suchbegriffe' })
      .or(employer.getByRole('textbox', { name: 'Suchbegriffe' }))
      .fill('Pyton');
    const found = employer.getByRole('article').filter({ has: employer.getByRole('heading', { name: 'Katarzyna' }) });
    await found.waitFor();
    expect(await found.textContent()).toContain('Programistka Python z Wrocławia');
    // …without her surname or e-mail address: no consent yet.
    expect(await found.textContent()).not.toContain('Wiśniewska');
    await expectNoSeriousAxeViolations(employer, 'the candidate search (journey 2)');

    // …and first among the matches of the new offer, with the reasons; she is invited from there.
    await employer.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Stellenangebote' }).click();
    const listed = employer.getByRole('listitem').filter({ has: employer.getByRole('link', { name: offerTitle, exact: true }) });
    await listed.getByText('Veröffentlicht', { exact: true }).waitFor();
    await listed.getByRole('link', { name: 'Passende Kandidatinnen und Kandidaten' }).click();
    await employer.getByRole('heading', { level: 1, name: 'Passende Kandidatinnen und Kandidaten' }).waitFor();
    const first = employer.getByRole('listitem').filter({ has: employer.getByRole('heading', { name: /^Platz 1: Katarzyna/ }) });
    await first.getByText('Hat 2 von 2 geforderten Fähigkeiten.').waitFor();
    await first.getByText('Spricht Deutsch auf B1 (B1 gefordert).').waitFor();
    await first.getByText('Möchte in Dresden arbeiten.').waitFor();
    await first.getByRole('button', { name: 'Katarzyna einladen' }).click();
    await first.getByLabel('Nachricht').fill('Ihre Python-Erfahrung passt zu unserem Team in Dresden. Sprechen wir?');
    await first.getByRole('button', { name: 'Einladung senden' }).click();
    await first.getByRole('status').filter({ hasText: 'Einladung an Katarzyna gesendet.' }).waitFor();
    await screenshot(employer, 'journey-2-matches');
    await expectNoSeriousAxeViolations(employer, 'the matches of the offer (journey 2)');
  });

  it('3. the graduate accepts; the employer sees her e-mail address; she exports her data and deletes her account', async () => {
    const page = graduate;
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Zaproszenia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zaproszenia od pracodawców' }).waitFor();
    const invitation = page.getByRole('article', { name: offerTitle });
    await invitation.getByText('Od: Elbtal Software GmbH').waitFor();
    await invitation.getByText(/Ihre Python-Erfahrung passt/).waitFor();
    await invitation.getByRole('button', { name: 'Przyjmij i udostępnij moje dane kontaktowe' }).click();
    await invitation
      .getByRole('status')
      .getByText('Przyjęto. Elbtal Software GmbH widzi teraz Twoje imię, nazwisko i adres e-mail.')
      .waitFor();

    // The employer now sees her name and e-mail address with the invitation.
    await employer.getByRole('link', { name: 'Bewerbungen und Einladungen' }).click();
    await employer.getByRole('heading', { level: 1, name: 'Bewerbungen und Einladungen' }).waitFor();
    const sent = employer.getByRole('region', { name: 'Gesendete Einladungen' });
    const mail = sent.getByRole('link', { name: katarzyna.email });
    await mail.waitFor();
    expect(await mail.getAttribute('href')).toBe(`mailto:${katarzyna.email}`);
    expect(await sent.textContent()).toContain('Katarzyna Wiśniewska');
    expect(await sent.textContent()).toContain('Angenommen');

    // She downloads everything held about her: the profile and the accepted invitation are in it.
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Mój profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mój profil' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pobierz moje dane' }).click()]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
    expect((exported.account as { email: string }).email).toBe(katarzyna.email);
    expect((exported.profile as { lastName: string }).lastName).toBe('Wiśniewska');
    expect(JSON.stringify(exported)).toContain('accepted');

    // Deleting asks for the typed confirmation; the button stays off until it is there.
    const erase = page.getByRole('button', { name: 'Usuń moje konto na zawsze' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByRole('textbox', { name: /Aby potwierdzić, wpisz USUŃ/ }).fill('usuń');
    await erase.click();
    await page.getByRole('heading', { level: 1, name: 'Twoje konto zostało usunięte' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account-deleted');
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Zaloguj się' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'the account-deleted page (journey 3)');

    // The account is gone: signing in with it fails like any wrong password.
    await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Zaloguj się' }).click();
    await signIn(page, katarzyna, { email: 'Adres e-mail', password: 'Hasło' });
    await page.getByText('Adres e-mail lub hasło jest nieprawidłowe.').first().waitFor();

    // The employer keeps the fact of the invitation, but no longer her data.
    await employer.reload();
    const after = employer.getByRole('region', { name: 'Gesendete Einladungen' });
    await after.getByText('Die Person hat ihre Daten gelöscht.').waitFor();
    expect(await after.textContent()).not.toContain(katarzyna.email);
  });
});
