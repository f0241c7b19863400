import { ApiDateTime, ApiEnum, ApiInteger, ApiText, ApiUuid, INT32_MAX } from '../../common/http/api-schema';
import { EMPLOYER_SIZES, VERIFICATION_STATUSES, type EmployerEntity, type EmployerSize, type VerificationStatus } from '../entities/employer.entity';
import { EMPLOYER_LIMITS, POSTAL_CODE, REGISTRATION_NUMBER } from './upsert-employer.dto';

export class EmployerView {
  @ApiUuid()
  id!: string;

  @ApiText(EMPLOYER_LIMITS.name)
  name!: string;

  @ApiText(EMPLOYER_LIMITS.website, { nullable: true, format: 'uri' })
  website!: string | null;

  @ApiText(EMPLOYER_LIMITS.city)
  city!: string;

  @ApiText(5, { pattern: POSTAL_CODE.source, example: '01067' })
  postalCode!: string;

  @ApiText(EMPLOYER_LIMITS.industry)
  industry!: string;

  @ApiEnum(EMPLOYER_SIZES, 'EmployerSize')
  size!: EmployerSize;

  @ApiText(EMPLOYER_LIMITS.description)
  description!: string;

  @ApiText(32, { nullable: true, pattern: REGISTRATION_NUMBER.source, example: 'HRB 12345' })
  registrationNumber!: string | null;

  @ApiEnum(VERIFICATION_STATUSES, 'VerificationStatus')
  verificationStatus!: VerificationStatus;

  @ApiText(2000, { nullable: true, description: 'The staff’s reason, while rejected' })
  rejectionReason!: string | null;

  @ApiDateTime({ description: 'When the organisation last entered the verification queue' })
  submittedAt!: Date;

  @ApiDateTime({ nullable: true })
  verifiedAt!: Date | null;

  @ApiInteger(1, INT32_MAX, { description: 'Send it back when replacing (409 if it changed since)' })
  version!: number;

  @ApiDateTime()
  createdAt!: Date;

  @ApiDateTime()
  updatedAt!: Date;
}

export function toEmployerView(e: EmployerEntity): EmployerView {
  return {
    id: e.id,
    name: e.name,
    website: e.website,
    city: e.city,
    postalCode: e.postalCode,
    industry: e.industry,
    size: e.size,
    description: e.description,
    registrationNumber: e.registrationNumber,
    verificationStatus: e.verificationStatus,
    rejectionReason: e.rejectionReason,
    submittedAt: e.submittedAt,
    verifiedAt: e.verifiedAt,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
