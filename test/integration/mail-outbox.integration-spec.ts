import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleParser } from 'mailparser';
import { DataSource } from 'typeorm';
import { MailOutboxService, type OutgoingMail } from '../../src/mail/mail.module';
import { uniqueEmail } from '../factories/users';
import { useSmtpPeer } from '../utils/smtp-peer';
import { useTestApp } from '../utils/test-app';

const FAST_MAIL = { MAIL_POLL_INTERVAL_MS: '100', MAIL_RETRY_BASE_MS: '100', PUBLIC_URL: 'https://talentbridge.example' };

function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  const email = uniqueEmail('mail');
  return {
    key: `test.event:${email}`,
    to: { userId: null, email },
    language: 'de',
    message: {
      subject: 'Neue Nachricht',
      text: 'Hallo,\n\nes gibt <Neuigkeiten> & mehr.',
      link: { label: 'Ansehen', url: 'https://talentbridge.example/x?token=a&b=c' },
    },
    security: false,
    ...overrides,
  };
}

describe('mail outbox over a real SMTP server', () => {
  const peer = useSmtpPeer();
  const t = useTestApp(() => ({ env: { ...FAST_MAIL, SMTP_URL: peer().url } }));
  const enqueue = (...mails: OutgoingMail[]) =>
    t.app.get(DataSource).transaction(async (manager) => {
      for (const m of mails) await t.app.get(MailOutboxService).enqueue(manager, m);
    });
  type OutboxRow = { status: string; attempts: number; last_error: string | null; sent_at: Date | null };
  /** The worker records the outcome after the SMTP server answered, so the peer can hold the mail a moment before the row says so. */
  async function outboxRowOnce(key: string, status: string): Promise<OutboxRow | undefined> {
    let row: OutboxRow | undefined;
    for (let i = 0; i < 100 && row?.status !== status; i++) {
      if (i > 0) await sleep(50);
      [row] = await t.sql<OutboxRow>(`SELECT status, attempts, last_error, sent_at FROM mail_outbox WHERE key = $1`, [key]);
    }
    return row;
  }

  it('sends a committed mail in the layout: text and escaped HTML, the settings footer, a stable Message-ID', async () => {
    const m = mail();
    await enqueue(m);
    const [received] = await peer().waitFor(m.to.email);
    expect(received.subject).toBe('Neue Nachricht');
    expect(received.from?.value).toEqual([{ name: 'TalentBridge Sachsen', address: 'no-reply@talentbridge.localhost' }]);
    expect(received.text).toContain('es gibt <Neuigkeiten> & mehr.');
    expect(received.text).toContain('Ansehen:\nhttps://talentbridge.example/x?token=a&b=c');
    expect(received.text).toContain('https://talentbridge.example/account');
    expect(received.html).toContain('es gibt &lt;Neuigkeiten&gt; &amp; mehr.');
    expect(received.html).toContain('href="https://talentbridge.example/x?token=a&amp;b=c"');
    expect(received.html).toContain('<html lang="de">');
    expect(received.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe(
      'List-Unsubscribe: <https://talentbridge.example/account>',
    );
    expect(received.messageId).toMatch(/^<[0-9a-f]{40}@talentbridge\.localhost>$/);
    const row = await outboxRowOnce(m.key, 'sent');
    expect(row?.status).toBe('sent');
    expect(row?.sent_at).not.toBeNull();
  });

  it('sends a security mail without the settings footer', async () => {
    const m = mail({ security: true, language: 'en', message: { subject: 'Confirm', text: 'Please confirm.' } });
    await enqueue(m);
    const [received] = await peer().waitFor(m.to.email);
    expect(received.text).not.toContain('/account');
    expect(received.text).toContain('sent whatever your e-mail settings');
    expect(received.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false);
  });

  it('sends one mail per key, however often it is enqueued, and nothing for a rolled-back transaction', async () => {
    const once = mail();
    await enqueue(once, once);
    await enqueue(once);
    const lost = mail();
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        await t.app.get(MailOutboxService).enqueue(manager, lost);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    await peer().waitFor(once.to.email);
    await sleep(500);
    expect(peer().to(once.to.email)).toHaveLength(1);
    expect(peer().to(lost.to.email)).toHaveLength(0);
  });

  it('records a permanent refusal once, with the reason, and does not retry it', async () => {
    const m = mail();
    peer().refuse.add(m.to.email);
    await enqueue(m);
    const row = await outboxRowOnce(m.key, 'failed');
    expect(row).toEqual({ status: 'failed', attempts: 1, last_error: expect.stringContaining('No such mailbox'), sent_at: null });
    expect(peer().to(m.to.email)).toHaveLength(0);
  });

  it('loses nothing while the SMTP server is down and sends each mail exactly once when it is back', async () => {
    await peer().stop();
    const mails = Array.from({ length: 20 }, () => mail());
    for (const m of mails) await enqueue(m);
    await sleep(1_000);
    const [{ waiting }] = await t.sql<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM mail_outbox WHERE status = 'pending' AND attempts > 0 AND key = ANY($1)`,
      [mails.map((m) => m.key)],
    );
    expect(waiting).toBeGreaterThan(0);
    await peer().restart();
    for (const m of mails) await peer().waitFor(m.to.email, 1, 30_000);
    await sleep(500);
    for (const m of mails) expect(peer().to(m.to.email)).toHaveLength(1);
  });
});

describe('mail outbox without SMTP_URL', () => {
  const t = useTestApp({ env: FAST_MAIL });

  it('writes each mail as an .eml file under DATA_DIR/mail', async () => {
    const m = mail({ key: 'test.event:file/../name' });
    await t.app.get(DataSource).transaction((manager) => t.app.get(MailOutboxService).enqueue(manager, m));
    const dir = join(t.config.dataDir, 'mail');
    let files: string[] = [];
    for (let i = 0; i < 100 && !files.length; i++) {
      await sleep(50);
      files = await readdir(dir).catch(() => []);
    }
    expect(files).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d-]+Z-test\.event_file_\.\._name\.eml$/)]);
    const parsed = await simpleParser(await readFile(join(dir, files[0])));
    expect(parsed.subject).toBe('Neue Nachricht');
    expect(parsed.text).toContain('https://talentbridge.example/x?token=a&b=c');
  });
});
