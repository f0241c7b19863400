/** The languages mails (and accounts) come in. */
export const MAIL_LANGUAGES = ['de', 'en', 'pl', 'cs'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export const isMailLanguage = (value: unknown): value is MailLanguage => MAIL_LANGUAGES.includes(value as MailLanguage);

/** A mail as a feature hands it to the outbox (see MailOutboxService.enqueue). */
export interface OutgoingMail {
  /** Unique per recipient and event, e.g. `invitation.received:<invitationId>`; a second enqueue with the same key is a no-op. */
  key: string;
  to: { userId: string | null; email: string };
  language: MailLanguage;
  /** Rendered by the caller's template (subject, plain text; HTML is built by mail's layout). */
  message: { subject: string; text: string; link?: { label: string; url: string } };
  /** Security mails (verification, reset) carry no unsubscribe/settings footer and ignore the mail switch. */
  security: boolean;
}

/** A feature's texts in every mail language: the compiler refuses a catalogue that misses one. */
export type TextCatalogue<T> = Readonly<Record<MailLanguage, T>>;
