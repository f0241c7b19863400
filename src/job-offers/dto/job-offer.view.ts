import { ConceptLabels, type ShownConcept } from '../../taxonomy/concept-labeller';
import type { StoredConcept } from '../../taxonomy/stored-concept';
import type { JobOfferEntity, LanguageRequirement } from '../entities/job-offer.entity';

export interface JobOfferView {
  id: string;
  status: JobOfferEntity['status'];
  version: number;
  employer: { id: string; name: string };
  title: string;
  description: string;
  /** `lang`: the language of the label shown (null for free text); see ConceptLabeller. */
  occupation: ShownConcept;
  requiredSkills: ShownConcept[];
  optionalSkills: ShownConcept[];
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

/**
 * The one mapper from a stored offer (with its employer loaded) to what the
 * API answers; `labels` shows the concepts in a language (default: as stored).
 */
export function toJobOfferView(o: JobOfferEntity, labels: ConceptLabels = ConceptLabels.STORED): JobOfferView {
  if (!o.employer) throw new Error('toJobOfferView needs the employer relation loaded');
  return {
    id: o.id,
    status: o.status,
    version: o.version,
    employer: { id: o.employer.id, name: o.employer.name },
    title: o.title,
    description: o.description,
    occupation: labels.of({ label: o.occupationLabel, escoUri: o.occupationUri }),
    requiredSkills: labels.all(o.requiredSkills),
    optionalSkills: labels.all(o.optionalSkills),
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

/** Every skill and occupation an offer shows (what ConceptLabeller looks up). */
export const offerConcepts = (o: JobOfferEntity): StoredConcept[] => [
  { label: o.occupationLabel, escoUri: o.occupationUri },
  ...o.requiredSkills,
  ...o.optionalSkills,
];

/** The same for an offer view already built (e.g. a search hit). */
export const offerViewConcepts = (v: JobOfferView): StoredConcept[] => [v.occupation, ...v.requiredSkills, ...v.optionalSkills];

/** An offer view with its concepts shown through `labels`. */
export const relabelOfferView = (v: JobOfferView, labels: ConceptLabels): JobOfferView => ({
  ...v,
  occupation: labels.of(v.occupation),
  requiredSkills: labels.all(v.requiredSkills),
  optionalSkills: labels.all(v.optionalSkills),
});
