import type { EmployerEntity, EmployerSize, VerificationStatus } from '../entities/employer.entity';

export interface EmployerView {
  id: string;
  name: string;
  website: string | null;
  city: string;
  postalCode: string;
  industry: string;
  size: EmployerSize;
  description: string;
  registrationNumber: string | null;
  verificationStatus: VerificationStatus;
  rejectionReason: string | null;
  submittedAt: Date;
  verifiedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
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
