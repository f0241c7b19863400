import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiEnum, ApiObject, ApiText, ApiUuid } from '../../common/http/api-schema';
import { PROFILE_LIMITS } from '../../candidates/dto/candidate-profile.dto';
import { EMPLOYER_LIMITS } from '../../employers/dto/upsert-employer.dto';
import { OFFER_LIMITS } from '../../job-offers/dto/job-offer.dto';
import { JOB_OFFER_STATUSES, type JobOfferStatus } from '../../job-offers/entities/job-offer.entity';
import type { ApplicationEntity } from '../entities/application.entity';
import { INVITATION_STATUSES, type InvitationEntity, type InvitationStatus } from '../entities/invitation.entity';
import { MESSAGE_MAX_LENGTH } from './consent.dto';
import type { CandidateInvitationRow, OfferApplicationRow } from '../consent.repository';

/** The employer's answer to an invitation it sent. */
export class InvitationView {
  @ApiUuid()
  id!: string;

  @ApiEnum(INVITATION_STATUSES, 'InvitationStatus')
  status!: InvitationStatus;

  @ApiUuid()
  jobOfferId!: string;

  @ApiUuid({ nullable: true, description: 'The invited profile; null once the candidate erased their data' })
  candidateId!: string | null;

  @ApiText(MESSAGE_MAX_LENGTH)
  message!: string;

  @ApiDateTime()
  createdAt!: string;

  @ApiDateTime({ nullable: true })
  respondedAt!: string | null;
}

export class InvitationOfferRef {
  @ApiUuid()
  id!: string;

  @ApiText(OFFER_LIMITS.title)
  title!: string;

  @ApiEnum(JOB_OFFER_STATUSES, 'JobOfferStatus')
  status!: JobOfferStatus;
}

export class InvitationEmployerRef {
  @ApiUuid()
  id!: string;

  @ApiText(EMPLOYER_LIMITS.name)
  name!: string;
}

/** An invitation as the invited candidate sees it. */
export class CandidateInvitationView {
  @ApiUuid()
  id!: string;

  @ApiEnum(INVITATION_STATUSES, 'InvitationStatus')
  status!: InvitationStatus;

  @ApiText(MESSAGE_MAX_LENGTH)
  message!: string;

  @ApiObject(InvitationOfferRef)
  offer!: InvitationOfferRef;

  @ApiObject(InvitationEmployerRef)
  employer!: InvitationEmployerRef;

  @ApiDateTime()
  createdAt!: string;

  @ApiDateTime({ nullable: true })
  respondedAt!: string | null;
}

/** The candidate's answer to an application it sent. */
export class ApplicationView {
  @ApiUuid()
  id!: string;

  @ApiUuid()
  jobOfferId!: string;

  @ApiUuid({ nullable: true, description: 'The applicant profile; null once the candidate erased their data' })
  candidateId!: string | null;

  @ApiText(MESSAGE_MAX_LENGTH)
  message!: string;

  @ApiDateTime()
  createdAt!: string;
}

/** The applicant, with the contact data they shared by applying. */
export class ApplicantView {
  @ApiUuid({ description: 'The profile id' })
  id!: string;

  @ApiText(PROFILE_LIMITS.name)
  firstName!: string;

  @ApiText(PROFILE_LIMITS.name)
  lastName!: string;

  @ApiText(254, { description: 'The account e-mail (empty if it is gone)' })
  email!: string;
}

/** An application as the offer's owner and staff see it: the applicant shared contact data by applying. */
export class OfferApplicationView {
  @ApiUuid()
  id!: string;

  @ApiText(MESSAGE_MAX_LENGTH, { description: 'The applicant’s message (replaced once the candidate erased their data)' })
  message!: string;

  @ApiDateTime()
  createdAt!: string;

  /** True once the candidate erased their data: `candidate` is then null. */
  @ApiProperty({ description: 'True once the candidate erased their data: `candidate` is then null' })
  candidateErased!: boolean;

  @ApiObject(ApplicantView, { nullable: true })
  candidate!: ApplicantView | null;
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
