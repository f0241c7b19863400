import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleParser } from 'mailparser';
import { registerUser, uniqueEmail } from '../factories/users';
import { linkIn, useSmtpPeer } from '../utils/smtp-peer';
import { useTestApp } from '../utils/test-app';

const PUBLIC_URL = 'https://talentbridge.example';
const FAST_MAIL = { MAIL_POLL_INTERVAL_MS: '100', MAIL_RETRY_BASE_MS: '100', PUBLIC_URL };
const PASSWORD = 'correct horse battery staple';
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('accounts: verification, password reset, sessions — mails over a real SMTP server', () => {
  const peer = useSmtpPeer();
  const t = useTestApp(() => ({ env: { ...FAST_MAIL, SMTP_URL: peer().url }, staff: true }));

  const register = async (email: string, extra: { language?: string; acceptLanguage?: string; role?: string } = {}) => {
    const request = t.http().post('/api/v1/auth/register');
    if (extra.acceptLanguage) request.set('Accept-Language', extra.acceptLanguage);
    const res = await request.send({
      email,
      password: PASSWORD,
      role: extra.role ?? 'candidate',
      ...(extra.language ? { language: extra.language } : {}),
    });
    expect(res.status).toBe(201);
    return res.body as { user: { id: string; emailVerified: boolean; language: string }; accessToken: string };
  };

  it('mails a German account in German, and its link confirms the address once', async () => {
    const email = uniqueEmail('jana');
    const account = await register(email, { acceptLanguage: 'de-DE,de;q=0.9,en;q=0.5' });
    expect(account.user).toMatchObject({ emailVerified: false, language: 'de' });
    const [mail] = await peer().waitFor(email);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.text).toContain('Willkommen bei TalentBridge Sachsen!');
    expect(mail.text).toContain('Diese E-Mail betrifft die Sicherheit Ihres Kontos');
    expect(mail.html).toContain('<html lang="de">');
    const link = linkIn(mail, `${PUBLIC_URL}/verify-email?token=`);

    await t
      .http()
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenOf(link) })
      .expect(204);
    const me = await t.http().get('/api/v1/auth/me').set(bearer(account.accessToken)).expect(200);
    expect(me.body).toMatchObject({ emailVerified: true, language: 'de', notifications: { email: true } });

    const again = await t
      .http()
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenOf(link) })
      .expect(400);
    expect(again.body).toMatchObject({ code: 'auth.link_invalid', message: expect.stringMatching(/^token /) });
    const unknown = await t
      .http()
      .post('/api/v1/auth/verify-email')
      .send({ token: 'x'.repeat(43) })
      .expect(400);
    expect(unknown.body.code).toBe('auth.link_invalid');
  });

  it('takes the language from the body first, then Accept-Language, else English; and lets the owner change it', async () => {
    const polish = await register(uniqueEmail('pl'), { language: 'pl', acceptLanguage: 'cs' });
    expect(polish.user.language).toBe('pl');
    expect((await register(uniqueEmail('cs'), { acceptLanguage: 'fr;q=0.9, cs;q=0.5' })).user.language).toBe('cs');
    expect((await register(uniqueEmail('uk'), { acceptLanguage: 'uk' })).user.language).toBe('en');
    const bad = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: uniqueEmail(), password: PASSWORD, role: 'candidate', language: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([expect.stringMatching(/^language /)]);

    const patched = await t
      .http()
      .patch('/api/v1/auth/me')
      .set(bearer(polish.accessToken))
      .send({ language: 'cs', notifications: { email: false } })
      .expect(200);
    expect(patched.body).toMatchObject({ language: 'cs', notifications: { email: false } });
    const refused = await t
      .http()
      .patch('/api/v1/auth/me')
      .set(bearer(polish.accessToken))
      .send({ notifications: { email: 'no' }, role: 'staff' });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^notifications\.email /), expect.stringMatching(/role should not exist/)]),
    );
  });

  it('resets a forgotten password end to end: the old tokens die, the new password signs in, the link works once', async () => {
    const email = uniqueEmail('reset');
    const account = await register(email, { language: 'en' });
    const second = await t.http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
    await peer().waitFor(email);

    const asked = await t.http().post('/api/v1/auth/password-reset').send({ email: email.toUpperCase() }).expect(202);
    const unknown = await t
      .http()
      .post('/api/v1/auth/password-reset')
      .send({ email: uniqueEmail('nobody') })
      .expect(202);
    expect(unknown.body).toEqual(asked.body);

    const [, resetMail] = await peer().waitFor(email, 2);
    expect(resetMail.subject).toBe('Reset your password');
    const link = linkIn(resetMail, `${PUBLIC_URL}/reset-password?token=`);
    const short = await t
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: tokenOf(link), password: 'short' })
      .expect(400);
    expect(short.body.message).toEqual([expect.stringMatching(/^password /)]);
    // On the shipped list of common passwords (data/common-passwords), whatever its case: refused, the link still valid.
    const common = await t
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: tokenOf(link), password: 'QwertyQwerty' })
      .expect(400);
    expect(common.body.message).toEqual(['password is one of the most common passwords; choose one that is harder to guess']);
    await t
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: tokenOf(link), password: 'a brand new passphrase' })
      .expect(204);

    for (const token of [account.accessToken, second.body.accessToken])
      await t.http().get('/api/v1/auth/me').set(bearer(token)).expect(401);
    await t.http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(401);
    const fresh = await t.http().post('/api/v1/auth/login').send({ email, password: 'a brand new passphrase' }).expect(200);
    // Following the link proved the address, too.
    expect(fresh.body.user.emailVerified).toBe(true);
    const reused = await t
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token: tokenOf(link), password: 'yet another passphrase' })
      .expect(400);
    expect(reused.body.code).toBe('auth.link_invalid');
    const [, , changed] = await peer().waitFor(email, 3);
    expect(changed.subject).toBe('Your password was changed');
  });

  it('answers an unknown e-mail exactly like a known one, in about the same time', async () => {
    const email = uniqueEmail('known');
    await register(email);
    const time = async (address: string) => {
      // Each request is timed on its own: the previous one's writes after its answer are done by then.
      await sleep(100);
      const started = process.hrtime.bigint();
      const res = await t.http().post('/api/v1/auth/password-reset').send({ email: address }).expect(202);
      return { body: res.body, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    const known = [];
    const unknown = [];
    // Interleaved pairs and the median of 15 each: another suite running at the same time (npm test runs two)
    // slows some requests, whichever kind they are, and the median stays put.
    for (let i = 0; i < 15; i++) {
      known.push(await time(email));
      unknown.push(await time(uniqueEmail('unknown')));
    }
    expect(new Set([...known, ...unknown].map((r) => JSON.stringify(r.body))).size).toBe(1);
    const median = (rs: { ms: number }[]) => rs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(rs.length / 2)];
    // The lookup and the writes happen after the answer: within a few milliseconds of each other.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(10);
  });

  it('signs out only the token it was called with', async () => {
    const email = uniqueEmail('logout');
    const first = await register(email);
    const second = await t.http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
    await t.http().post('/api/v1/auth/logout').set(bearer(first.accessToken)).expect(204);
    await t.http().get('/api/v1/auth/me').set(bearer(first.accessToken)).expect(401);
    await t.http().post('/api/v1/auth/logout').set(bearer(first.accessToken)).expect(401);
    await t.http().get('/api/v1/auth/me').set(bearer(second.body.accessToken)).expect(200);
    const [{ count }] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM revoked_access_tokens WHERE user_id = $1`, [
      first.user.id,
    ]);
    expect(count).toBe(1);
  });

  it('changes the password with the current one: this session goes on with a new token, the others end', async () => {
    const email = uniqueEmail('change');
    const here = await register(email);
    const elsewhere = await t.http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
    const wrong = await t
      .http()
      .post('/api/v1/auth/password')
      .set(bearer(here.accessToken))
      .send({ currentPassword: 'not my password at all', newPassword: 'another good passphrase' })
      .expect(400);
    expect(wrong.body).toMatchObject({ code: 'auth.wrong_password', message: expect.stringMatching(/^currentPassword /) });
    const common = await t
      .http()
      .post('/api/v1/auth/password')
      .set(bearer(here.accessToken))
      .send({ currentPassword: PASSWORD, newPassword: '1q2w3e4r5t6y' })
      .expect(400);
    expect(common.body).toMatchObject({
      code: 'validation.failed',
      message: [expect.stringMatching(/^newPassword is one of the most common/)],
    });
    const changed = await t
      .http()
      .post('/api/v1/auth/password')
      .set(bearer(here.accessToken))
      .send({ currentPassword: PASSWORD, newPassword: 'another good passphrase' })
      .expect(200);
    await t.http().get('/api/v1/auth/me').set(bearer(changed.body.accessToken)).expect(200);
    for (const token of [here.accessToken, elsewhere.body.accessToken])
      await t.http().get('/api/v1/auth/me').set(bearer(token)).expect(401);
    await t.http().post('/api/v1/auth/login').send({ email, password: 'another good passphrase' }).expect(200);
  });

  it('sends the verification mail again on request, and nothing once the address is confirmed', async () => {
    const email = uniqueEmail('resend');
    const account = await register(email);
    await peer().waitFor(email);
    await t.http().post('/api/v1/auth/verify-email/resend').set(bearer(account.accessToken)).expect(204);
    const [first, second] = await peer().waitFor(email, 2);
    expect(tokenOf(linkIn(second, `${PUBLIC_URL}/verify-email`))).not.toBe(tokenOf(linkIn(first, `${PUBLIC_URL}/verify-email`)));
    // The earlier link still works; using one uses up both.
    await t
      .http()
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenOf(linkIn(first, PUBLIC_URL)) })
      .expect(204);
    await t
      .http()
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenOf(linkIn(second, PUBLIC_URL)) })
      .expect(400);
    await t.http().post('/api/v1/auth/verify-email/resend').set(bearer(account.accessToken)).expect(204);
    await sleep(500);
    expect(peer().to(email)).toHaveLength(2);
  });

  it('shows staff whether the employer’s account confirmed its e-mail address in the moderation queue', async () => {
    const email = uniqueEmail('employer');
    const employer = await register(email, { role: 'employer' });
    await t
      .http()
      .put('/api/v1/employers/me')
      .set(bearer(employer.accessToken))
      .send({
        name: `Confirmed GmbH ${email}`,
        city: 'Leipzig',
        postalCode: '04109',
        industry: 'Logistik',
        size: '10-49',
        description: 'Wir liefern.',
      })
      .expect(200);
    const queued = async () =>
      (await t.http().get('/api/v1/moderation/queue?type=employer&limit=100').set(t.staff.auth).expect(200)).body.items.find(
        (i: { name: string }) => i.name === `Confirmed GmbH ${email}`,
      );
    expect((await queued()).emailVerified).toBe(false);
    const [mail] = await peer().waitFor(email);
    await t
      .http()
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenOf(linkIn(mail, PUBLIC_URL)) })
      .expect(204);
    expect((await queued()).emailVerified).toBe(true);
  });

  it('loses no mail while the SMTP server is down for 50 sign-ups, and sends each exactly once when it is back', async () => {
    await peer().stop();
    const emails = Array.from({ length: 50 }, (_, i) => uniqueEmail(`outage${i}`));
    for (const email of emails) await registerUser(t, 'candidate', email);
    await sleep(800);
    expect(emails.flatMap((e) => peer().to(e))).toHaveLength(0);
    const [{ waiting }] = await t.sql<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM mail_outbox WHERE status = 'pending' AND to_address = ANY($1)`,
      [emails],
    );
    expect(waiting).toBe(50);
    await peer().restart();
    for (const email of emails) await peer().waitFor(email, 1, 60_000);
    await sleep(1_000);
    for (const email of emails) expect(peer().to(email)).toHaveLength(1);
    const [{ sent }] = await t.sql<{ sent: number }>(
      `SELECT count(*)::int AS sent FROM mail_outbox WHERE status = 'sent' AND to_address = ANY($1)`,
      [emails],
    );
    expect(sent).toBe(50);
  });
});

describe('accounts without SMTP_URL: the verification mail as an .eml file', () => {
  const t = useTestApp({ env: FAST_MAIL });

  it('writes the mail to DATA_DIR/mail, and its link verifies the address', async () => {
    const email = uniqueEmail('file');
    const user = await registerUser(t, 'employer', email);
    const dir = join(t.config.dataDir, 'mail');
    let files: string[] = [];
    for (let i = 0; i < 100 && !files.length; i++) {
      await sleep(50);
      files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.eml'));
    }
    expect(files).toHaveLength(1);
    const mail = await simpleParser(await readFile(join(dir, files[0])));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe(email);
    const link = linkIn(mail, `${PUBLIC_URL}/verify-email?token=`);
    await t
      .http()
      .post('/api/v1/auth/verify-email')
      .send({ token: tokenOf(link) })
      .expect(204);
    const me = await t.http().get('/api/v1/auth/me').set(user.auth).expect(200);
    expect(me.body.emailVerified).toBe(true);
  });
});
