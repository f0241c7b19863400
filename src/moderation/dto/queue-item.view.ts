import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiEnum, ApiObject, ApiText, ApiUuid } from '../../common/http/api-schema';
import { EMPLOYER_LIMITS, REGISTRATION_NUMBER } from '../../employers/dto/upsert-employer.dto';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../employers/entities/employer.entity';
import { OFFER_LIMITS } from '../../job-offers/dto/job-offer.dto';
import { CONCEPT_LABEL_MAX, ESCO_URI_MAX } from '../../taxonomy/dto/taxonomy.view';

/** What waits for a staff decision: an offer in review, or an organisation waiting for verification. */

export class QueuedOfferEmployer {
  @ApiUuid()
  id!: string;

  @ApiText(EMPLOYER_LIMITS.name)
  name!: string;

  @ApiEnum(VERIFICATION_STATUSES, 'VerificationStatus')
  verificationStatus!: VerificationStatus;
}

export class QueuedOccupation {
  @ApiText(CONCEPT_LABEL_MAX)
  label!: string;

  @ApiText(ESCO_URI_MAX, { nullable: true, format: 'uri' })
  escoUri!: string | null;
}

export class QueuedJobOffer {
  @ApiEnum(['job_offer'], 'QueuedJobOfferType')
  type!: 'job_offer';

  @ApiUuid({ description: 'The offer’s id' })
  id!: string;

  @ApiText(OFFER_LIMITS.title)
  title!: string;

  @ApiDateTime()
  submittedAt!: string;

  @ApiObject(QueuedOfferEmployer)
  employer!: QueuedOfferEmployer;

  @ApiObject(QueuedOccupation)
  occupation!: QueuedOccupation;

  @ApiText(OFFER_LIMITS.city)
  city!: string;
}

export class QueuedEmployer {
  @ApiEnum(['employer'], 'QueuedEmployerType')
  type!: 'employer';

  @ApiUuid({ description: 'The organisation’s id' })
  id!: string;

  @ApiText(EMPLOYER_LIMITS.name)
  name!: string;

  @ApiDateTime()
  submittedAt!: string;

  @ApiText(EMPLOYER_LIMITS.city)
  city!: string;

  @ApiText(32, { nullable: true, pattern: REGISTRATION_NUMBER.source })
  registrationNumber!: string | null;

  @ApiText(EMPLOYER_LIMITS.website, { nullable: true, format: 'uri' })
  website!: string | null;

  @ApiText(EMPLOYER_LIMITS.industry)
  industry!: string;

  @ApiProperty({ type: Boolean, description: 'Whether the owner of the employer account confirmed its e-mail address' })
  emailVerified!: boolean;
}

export type QueueItem = QueuedJobOffer | QueuedEmployer;
