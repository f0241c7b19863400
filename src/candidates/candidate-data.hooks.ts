import type { EntityManager } from 'typeorm';
import { Hook } from '../common/hooks/hook';

/**
 * A feature that keeps records about a candidate profile (GDPR): it adds them
 * to the person's export and erases or anonymises them with the profile.
 */
export interface CandidateDataHandler {
  /** Sections for the export (Art. 15/20): each key becomes a top-level field of the export. */
  exportSections(profileId: string): Promise<Record<string, unknown[]>>;
  /** Erasure (Art. 17) in the caller's transaction, before the profile row goes. */
  eraseCandidate(manager: EntityManager, profileId: string): Promise<void>;
}

export const CANDIDATE_DATA = new Hook<CandidateDataHandler>('candidate data');

/** Decides whether an employer may see a candidate's contact data (the candidate agreed to share it with them). */
export interface ContactConsentHandler {
  /** Of these profiles, the ones that shared contact data with this employer account. */
  consentedProfiles(employerUserId: string, candidateProfileIds: string[]): Promise<Set<string>>;
}

/** Without a handler nobody has consented: contact data stays hidden. */
export const CONTACT_CONSENT = new Hook<ContactConsentHandler>('contact consent');
