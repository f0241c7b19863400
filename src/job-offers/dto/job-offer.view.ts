import type { JobOfferEntity, LanguageRequirement, StoredConcept } from '../entities/job-offer.entity';

export interface JobOfferView {
  id: string;
  status: JobOfferEntity['status'];
  version: number;
  employer: { id: string; name: string };
  title: string;
  description: string;
  occupation: StoredConcept;
  requiredSkills: StoredConcept[];
  optionalSkills: StoredConcept[];
  languages: LanguageRequirement[];
  city: string;
  postalCode: string | null;
  workplace: JobOfferEntity['workplace'];
  contractType: JobOfferEntity['contractType'];
  salary: { min: number; max: number; currency: 'EUR'; period: JobOfferEntity['salaryPeriod'] };
  visaSponsorship: boolean;
  relocationSupport: boolean;
  minDegree: JobOfferEntity['minDegree'];
  startDate: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  closedAt: string | null;
  /** Present while the staff's reason for a rejection applies (until the offer is submitted again). */
  rejectionReason?: string;
}

/** The answer to an employer's create or edit: saving never fails on a warning, it only reports it. */
export interface JobOfferWithWarnings extends JobOfferView {
  /** E.g. a sponsored offer paying below the EU Blue Card threshold; empty when there is nothing to say. */
  warnings: string[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The one mapper from a stored offer (with its employer loaded) to what the API answers. */
export function toJobOfferView(o: JobOfferEntity): JobOfferView {
  if (!o.employer) throw new Error('toJobOfferView needs the employer relation loaded');
  return {
    id: o.id,
    status: o.status,
    version: o.version,
    employer: { id: o.employer.id, name: o.employer.name },
    title: o.title,
    description: o.description,
    occupation: { label: o.occupationLabel, escoUri: o.occupationUri },
    requiredSkills: o.requiredSkills,
    optionalSkills: o.optionalSkills,
    languages: o.languages,
    city: o.city,
    postalCode: o.postalCode,
    workplace: o.workplace,
    contractType: o.contractType,
    salary: { min: o.salaryMin, max: o.salaryMax, currency: o.salaryCurrency, period: o.salaryPeriod },
    visaSponsorship: o.visaSponsorship,
    relocationSupport: o.relocationSupport,
    minDegree: o.minDegree,
    startDate: o.startDate,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    submittedAt: iso(o.submittedAt),
    publishedAt: iso(o.publishedAt),
    closedAt: iso(o.closedAt),
    ...(o.rejectionReason ? { rejectionReason: o.rejectionReason } : {}),
  };
}
