import type { Browser, BrowserContext, Page } from 'playwright-core';
import { registerUser, uniqueEmail } from '../factories/users';
import {
  expectNoSeriousAxeViolations,
  horizontalOverflow,
  launchBrowser,
  recordPageProblems,
  startWebApp,
  type WebApp,
} from '../utils/browser';
import { linkIn, SmtpPeer } from '../utils/smtp-peer';

jest.setTimeout(120_000);

/** The links in mails start with PUBLIC_URL; the app under test listens on a free port, so the tests open the same path there. */
const PUBLIC_URL = 'https://talentbridge.example';

describe('accounts in the browser: password reset by mail, the account page', () => {
  let peer: SmtpPeer;
  let web: WebApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const onWeb = (link: string) => `${web.url}${new URL(link).pathname}${new URL(link).search}`;

  beforeAll(async () => {
    peer = await SmtpPeer.start();
    [web, browser] = await Promise.all([
      startWebApp({ env: { SMTP_URL: peer.url, PUBLIC_URL, MAIL_POLL_INTERVAL_MS: '100', MAIL_RETRY_BASE_MS: '100' } }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await peer?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'de-DE', viewport: { width: 375, height: 800 } });
    page = await context.newPage();
    recordPageProblems(page, problems);
  });
  afterEach(async () => {
    await context.close();
    problems.length = 0;
  });

  it('resets a forgotten password: sign-in → forgot → the mail’s link → new password twice → signed in', async () => {
    const user = await registerUser(web, 'candidate');
    await page.goto(`${web.url}/sign-in`);
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passwort vergessen?' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'the forgot-password page');
    await page.getByLabel('E-Mail-Adresse').fill(user.email);
    await page.getByRole('button', { name: 'Link senden' }).click();
    await page.getByRole('heading', { name: 'Bitte sehen Sie in Ihrem Posteingang nach' }).waitFor();

    // The account signed up through the API in English (no Accept-Language): the reset mail is English.
    const mails = await peer.waitFor(user.email, 2);
    const reset = mails.find((m) => m.subject === 'Reset your password')!;
    await page.goto(onWeb(linkIn(reset, `${PUBLIC_URL}/reset-password?token=`)));
    await page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'the reset-password page');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Two different passwords: said at the second field, nothing sent.
    await page.getByLabel('Neues Passwort', { exact: true }).fill('ein ganz neues Passwort');
    await page.getByLabel('Neues Passwort wiederholen').fill('ein anderes Passwort!!');
    await page.getByRole('button', { name: 'Neues Passwort speichern' }).click();
    await page.getByText('Die beiden neuen Passwörter stimmen nicht überein.').first().waitFor();
    expect(await page.getByLabel('Neues Passwort wiederholen').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Neues Passwort wiederholen').fill('ein ganz neues Passwort');
    await page.getByRole('button', { name: 'Neues Passwort speichern' }).click();
    await page.getByRole('heading', { name: 'Ihr Passwort ist geändert' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('E-Mail-Adresse').fill(user.email);
    await page.getByLabel('Passwort', { exact: true }).fill('ein ganz neues Passwort');
    await page.getByRole('button', { name: 'Anmelden' }).last().click();
    await page.getByText(`Angemeldet als ${user.email}`).waitFor();
    // The old token died with the reset; the link works only once.
    await web.http().get('/api/v1/auth/me').set(user.auth).expect(401);
    await page.goto(onWeb(linkIn(reset, `${PUBLIC_URL}/reset-password?token=`)));
    await page.getByLabel('Neues Passwort', { exact: true }).fill('noch ein neues Passwort');
    await page.getByLabel('Neues Passwort wiederholen').fill('noch ein neues Passwort');
    await page.getByRole('button', { name: 'Neues Passwort speichern' }).click();
    await page.getByRole('heading', { name: 'Dieser Link funktioniert nicht mehr' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the account page from the account menu: confirmation, mail settings, password change; sign-out ends the token', async () => {
    const user = await registerUser(web, 'employer', uniqueEmail('konto'));
    // Signed in as this account (only once: the init script runs again at each load).
    await page.addInitScript(
      (token) => sessionStorage.getItem('tb.accessToken') ?? sessionStorage.setItem('tb.accessToken', token),
      user.token,
    );
    await page.goto(`${web.url}/employer/offers`);
    await page.getByRole('link', { name: 'Mein Konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await page.getByText(/^Noch nicht bestätigt/).waitFor();
    await expectNoSeriousAxeViolations(page, 'the account page');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Link noch einmal senden' }).click();
    await page.getByText(/^Ein neuer Link ist unterwegs/).waitFor();
    const [, again] = await peer.waitFor(user.email, 2);
    await page.goto(onWeb(linkIn(again, `${PUBLIC_URL}/verify-email?token=`)));
    await page.getByRole('heading', { name: 'Ihre E-Mail-Adresse ist bestätigt' }).waitFor();
    await expectNoSeriousAxeViolations(page, 'the verify-email page');
    await page.getByRole('link', { name: 'Zu meinem Konto' }).click();
    await page.getByText(/^Bestätigt:/).waitFor();

    await page.getByRole('button', { name: /Sprache unserer E-Mails/ }).click();
    await page.getByRole('option', { name: 'Polski' }).click();
    await page.getByText('Benachrichtigungen auch per E-Mail senden').click();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();
    const me = await web.http().get('/api/v1/auth/me').set(user.auth).expect(200);
    expect(me.body).toMatchObject({ emailVerified: true, language: 'pl', notifications: { email: false } });

    const elsewhere = await web.http().post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    await page.getByLabel('Aktuelles Passwort').fill(user.password);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('mein neues langes Passwort');
    await page.getByLabel('Neues Passwort wiederholen').fill('mein neues langes Passwort');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByRole('heading', { name: 'Ihr Passwort ist geändert' }).waitFor();
    await web
      .http()
      .get('/api/v1/auth/me')
      .set({ Authorization: `Bearer ${elsewhere.body.accessToken}` })
      .expect(401);
    // This tab goes on with its new token.
    const current = await page.evaluate(() => sessionStorage.getItem('tb.accessToken'));
    expect(current).not.toBe(user.token);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).first().waitFor();
    let status = 0;
    for (let i = 0; i < 40 && status !== 401; i++) {
      status = (
        await web
          .http()
          .get('/api/v1/auth/me')
          .set({ Authorization: `Bearer ${current}` })
      ).status;
      if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(401);
    expect(problems).toEqual([]);
  });
});
