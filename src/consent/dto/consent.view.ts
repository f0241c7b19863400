import type { ApplicationEntity } from '../entities/application.entity';
import type { InvitationEntity, InvitationStatus } from '../entities/invitation.entity';
import type { CandidateInvitationRow, OfferApplicationRow } from '../consent.repository';

/** The employer's answer to an invitation it sent. */
export interface InvitationView {
  id: string;
  status: InvitationStatus;
  jobOfferId: string;
  candidateId: string | null;
  message: string;
  createdAt: string;
  respondedAt: string | null;
}

/** An invitation as the invited candidate sees it. */
export interface CandidateInvitationView {
  id: string;
  status: InvitationStatus;
  message: string;
  offer: { id: string; title: string; status: string };
  employer: { id: string; name: string };
  createdAt: string;
  respondedAt: string | null;
}

/** The candidate's answer to an application it sent. */
export interface ApplicationView {
  id: string;
  jobOfferId: string;
  candidateId: string | null;
  message: string;
  createdAt: string;
}

/** An application as the offer's owner and staff see it: the applicant shared contact data by applying. */
export interface OfferApplicationView {
  id: string;
  message: string;
  createdAt: string;
  /** True once the candidate erased their data: `candidate` is then null. */
  candidateErased: boolean;
  candidate: { id: string; firstName: string; lastName: string; email: string } | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toInvitationView(i: InvitationEntity): InvitationView {
  return {
    id: i.id,
    status: i.status,
    jobOfferId: i.jobOfferId,
    candidateId: i.candidateProfileId,
    message: i.message,
    createdAt: i.createdAt.toISOString(),
    respondedAt: iso(i.respondedAt),
  };
}

export function toCandidateInvitationView(r: CandidateInvitationRow): CandidateInvitationView {
  return {
    id: r.id,
    status: r.status,
    message: r.message,
    offer: { id: r.offerId, title: r.offerTitle, status: r.offerStatus },
    employer: { id: r.employerId, name: r.employerName },
    createdAt: new Date(r.createdAt).toISOString(),
    respondedAt: iso(r.respondedAt),
  };
}

export function toApplicationView(a: ApplicationEntity): ApplicationView {
  return { id: a.id, jobOfferId: a.jobOfferId, candidateId: a.candidateProfileId, message: a.message, createdAt: a.createdAt.toISOString() };
}

export function toOfferApplicationView(r: OfferApplicationRow): OfferApplicationView {
  const present = r.profileId !== null && r.firstName !== null && r.lastName !== null;
  return {
    id: r.id,
    message: r.message,
    createdAt: new Date(r.createdAt).toISOString(),
    candidateErased: r.candidateErased || !present,
    candidate: present ? { id: r.profileId!, firstName: r.firstName!, lastName: r.lastName!, email: r.email ?? '' } : null,
  };
}
