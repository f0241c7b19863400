import { MAIL_LANGUAGES, type MailLanguage } from '../mail/outgoing-mail';

/** The notification types of the contract (docs/api.md, "Notifications"); clients branch on them. */
export const NOTIFICATION_TYPES = [
  'invitation.received',
  'invitation.accepted',
  'invitation.declined',
  'application.received',
  'job_offer.approved',
  'job_offer.rejected',
  'employer.verified',
  'employer.rejected',
  'saved_search.results',
  'retention.warning',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The languages notifications (and mails) are written in: the account's `language`. */
export const NOTIFICATION_LANGUAGES = MAIL_LANGUAGES;
export type NotificationLanguage = MailLanguage;

/**
 * What each type's texts are built from. Only what the recipient may see:
 * an invitation names the employer and the offer, never the employer's message;
 * a declined invitation names the profile by its headline (the employer never
 * got the name); an accepted invitation and an application carry the name
 * (and, once the candidate accepted, the e-mail) because the candidate chose to share them.
 */
export interface NotificationParams {
  'invitation.received': { employerName: string; offerTitle: string };
  'invitation.accepted': { offerTitle: string; candidateName: string; candidateEmail: string };
  'invitation.declined': { offerTitle: string; headline: string };
  'application.received': { offerTitle: string; candidateName: string };
  'job_offer.approved': { offerTitle: string };
  'job_offer.rejected': { offerTitle: string; reason: string };
  'employer.verified': { employerName: string };
  /** `revoked`: the organisation was verified before (verification withdrawn), not a first rejection. */
  'employer.rejected': { employerName: string; reason: string; revoked: boolean };
  /** `titles`: the first few items (offer titles; for candidate searches the profile headlines, never names). */
  'saved_search.results': { searchName: string; count: number; titles: string[] };
  /** `on`: the day (YYYY-MM-DD) the profile will be hidden from employers, or erased with the account. */
  'retention.warning': { action: 'hide' | 'erase'; on: string };
}

/** One notification to write: see NotificationsService.notify. */
export type NotificationEvent = {
  [T in NotificationType]: {
    recipientUserId: string;
    type: T;
    /** Unique per recipient and event (e.g. the invitation id): a second notify with the same key is a no-op. */
    key: string;
    params: NotificationParams[T];
    /** Path in the web app the notification leads to. */
    link: string;
  };
}[NotificationType];
