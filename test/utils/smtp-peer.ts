import { type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

/**
 * A real SMTP server for the tests (the `smtp-server` package on a free
 * loopback port): it accepts every message, parses it with `mailparser` and
 * keeps it. It can be stopped and started again on the same port (an outage),
 * and told to refuse recipients with a permanent error.
 */
export class SmtpPeer {
  readonly messages: ParsedMail[] = [];
  /** Recipients refused with `550` at RCPT TO. */
  readonly refuse = new Set<string>();
  private server: SMTPServer | null = null;

  private constructor(private portNumber: number) {}

  static async start(): Promise<SmtpPeer> {
    const peer = new SmtpPeer(0);
    await peer.restart();
    return peer;
  }

  get port(): number {
    return this.portNumber;
  }

  /** What the app's SMTP_URL should be. */
  get url(): string {
    return `smtp://127.0.0.1:${this.portNumber}`;
  }

  /** Starts (again) on the same port. */
  async restart(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 50,
      onRcptTo: (address: SMTPServerAddress, _session: SMTPServerSession, callback: (error?: Error | null) => void) => {
        if (!this.refuse.has(address.address.toLowerCase())) return callback();
        callback(Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.portNumber, '127.0.0.1', () => resolve());
    });
    this.portNumber = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stops accepting connections (and ends the open ones): the app's SMTP server is down. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The messages sent to this address. */
  to(address: string): ParsedMail[] {
    return this.messages.filter((m) => addresses(m).includes(address.toLowerCase()));
  }

  /** Waits until `count` messages to `address` arrived (or throws after `timeoutMs`). */
  async waitFor(address: string, count = 1, timeoutMs = 15_000): Promise<ParsedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.to(address).length < count) {
      if (Date.now() > until) throw new Error(`SmtpPeer: ${this.to(address).length} of ${count} mails to ${address} after ${timeoutMs} ms`);
      await sleep(25);
    }
    return this.to(address);
  }

  /** Waits until at least `count` messages arrived in all. */
  async waitForCount(count: number, timeoutMs = 30_000): Promise<ParsedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.messages.length < count) {
      if (Date.now() > until) throw new Error(`SmtpPeer: ${this.messages.length} of ${count} mails after ${timeoutMs} ms`);
      await sleep(25);
    }
    return this.messages;
  }
}

function addresses(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((a) => (a.address ?? '').toLowerCase()));
}

/** The first link of a mail's plain text that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const link = (mail.text ?? '').match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
  if (!link) throw new Error(`No link starting with ${prefix} in: ${mail.text}`);
  return link;
}

/**
 * An SmtpPeer started before the suite's hooks that come after this call (declare it before useTestApp, whose
 * SMTP_URL it gives) and stopped after them; call the returned function in tests and hooks.
 */
export function useSmtpPeer(): () => SmtpPeer {
  let peer: SmtpPeer | undefined;
  beforeAll(async () => {
    peer = await SmtpPeer.start();
  });
  afterAll(async () => {
    await peer?.stop();
  });
  return () => {
    if (!peer) throw new Error('useSmtpPeer: the peer is not running (use it in tests and hooks)');
    return peer;
  };
}
