import type { OfferInvitationRow } from '../consent.repository';
import type { InvitationStatus } from '../entities/invitation.entity';

/**
 * An invitation as the offer's owner (and staff) sees it. The candidate's
 * contact data (last name, e-mail) is there only when the candidate accepted
 * exactly this invitation (and so shared it with the inviting employer).
 */
export interface OfferInvitationView {
  id: string;
  status: InvitationStatus;
  message: string;
  createdAt: string;
  respondedAt: string | null;
  /** True once the candidate erased their data: `candidate` is then null. */
  candidateErased: boolean;
  /** Whether `candidate` carries contact data. */
  contactShared: boolean;
  candidate: { id: string; firstName: string; lastName?: string; email?: string } | null;
}

/** `consented`: the contact-consent rule (ContactConsentReader) holds for this row's profile and inviting employer. */
export function toOfferInvitationView(r: OfferInvitationRow, consented: boolean): OfferInvitationView {
  const present = r.profileId !== null && r.firstName !== null;
  const contactShared = present && r.status === 'accepted' && consented && r.lastName !== null && r.email !== null;
  return {
    id: r.id,
    status: r.status,
    message: r.message,
    createdAt: new Date(r.createdAt).toISOString(),
    respondedAt: r.respondedAt ? new Date(r.respondedAt).toISOString() : null,
    candidateErased: r.candidateErased || !present,
    contactShared,
    candidate: present
      ? { id: r.profileId!, firstName: r.firstName!, ...(contactShared ? { lastName: r.lastName!, email: r.email! } : {}) }
      : null,
  };
}
