import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiEnum, ApiObject, ApiText, ApiUuid } from '../../common/http/api-schema';
import { PROFILE_LIMITS } from '../../candidates/dto/candidate-profile.dto';
import type { OfferInvitationRow } from '../consent.repository';
import { INVITATION_STATUSES, type InvitationStatus } from '../entities/invitation.entity';
import { MESSAGE_MAX_LENGTH } from './consent.dto';

/** The invited candidate: contact data (last name, e-mail) only once they accepted this invitation. */
export class InvitedCandidateView {
  @ApiUuid({ description: 'The profile id' })
  id!: string;

  @ApiText(PROFILE_LIMITS.name)
  firstName!: string;

  @ApiText(PROFILE_LIMITS.name, { required: false, description: 'Only with contactShared' })
  lastName?: string;

  @ApiText(254, { required: false, format: 'email', description: 'Only with contactShared' })
  email?: string;
}

/**
 * An invitation as the offer's owner (and staff) sees it. The candidate's
 * contact data (last name, e-mail) is there only when the candidate accepted
 * exactly this invitation (and so shared it with the inviting employer).
 */
export class OfferInvitationView {
  @ApiUuid()
  id!: string;

  @ApiEnum(INVITATION_STATUSES, 'InvitationStatus')
  status!: InvitationStatus;

  @ApiText(MESSAGE_MAX_LENGTH)
  message!: string;

  @ApiDateTime()
  createdAt!: string;

  @ApiDateTime({ nullable: true })
  respondedAt!: string | null;

  /** True once the candidate erased their data: `candidate` is then null. */
  @ApiProperty({ description: 'True once the candidate erased their data: `candidate` is then null' })
  candidateErased!: boolean;

  /** Whether `candidate` carries contact data. */
  @ApiProperty({ description: 'Whether `candidate` carries contact data' })
  contactShared!: boolean;

  @ApiObject(InvitedCandidateView, { nullable: true })
  candidate!: InvitedCandidateView | null;
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
