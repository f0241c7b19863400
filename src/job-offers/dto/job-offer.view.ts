import { regulatedProfessionOf } from '../../residence-law/regulated-professions';
import { ApiProperty } from '@nestjs/swagger';
import {
  ApiDate,
  ApiDateTime,
  ApiEnum,
  ApiInteger,
  ApiList,
  ApiNumber,
  ApiObject,
  ApiText,
  ApiTextList,
  ApiUuid,
  INT32_MAX,
} from '../../common/http/api-schema';
import type { LanguageCode } from '../../common/languages/languages';
import {
  CONTRACT_TYPES,
  DEGREE_LEVELS,
  LANGUAGE_LEVELS,
  SALARY_PERIODS,
  WORKPLACES,
  type ContractType,
  type DegreeLevel,
  type LanguageLevel,
  type SalaryPeriod,
  type Workplace,
} from '../../common/reference/levels';
import { EMPLOYER_LIMITS } from '../../employers/dto/upsert-employer.dto';
import { ConceptLabels, ShownConcept } from '../../taxonomy/concept-labeller';
import type { StoredConcept } from '../../taxonomy/stored-concept';
import { JOB_OFFER_STATUSES, type JobOfferEntity, type JobOfferStatus } from '../entities/job-offer.entity';
import { MAX_LANGUAGES, MAX_SALARY, MAX_SKILLS, OFFER_LIMITS } from './job-offer.dto';

/** The offer's organisation as shown with the offer. */
export class OfferEmployerRef {
  @ApiUuid()
  id!: string;

  @ApiText(EMPLOYER_LIMITS.name)
  name!: string;
}

export class LanguageRequirementView {
  @ApiText(2, { pattern: '^[a-z]{2}$', example: 'de', description: 'ISO 639-1' })
  code!: LanguageCode;

  @ApiEnum(LANGUAGE_LEVELS, 'LanguageLevel')
  minLevel!: LanguageLevel;
}

export class OfferSalaryView {
  @ApiNumber(0.01, MAX_SALARY, { example: 48000 })
  min!: number;

  @ApiNumber(0.01, MAX_SALARY, { example: 62000 })
  max!: number;

  @ApiEnum(['EUR'], 'Currency')
  currency!: 'EUR';

  @ApiEnum(SALARY_PERIODS, 'SalaryPeriod')
  period!: SalaryPeriod;
}

export class JobOfferView {
  @ApiUuid()
  id!: string;

  @ApiEnum(JOB_OFFER_STATUSES, 'JobOfferStatus')
  status!: JobOfferStatus;

  @ApiInteger(1, INT32_MAX, { description: 'Send it back with an edit (409 if it changed since)' })
  version!: number;

  @ApiObject(OfferEmployerRef)
  employer!: OfferEmployerRef;

  @ApiText(OFFER_LIMITS.title)
  title!: string;

  @ApiText(OFFER_LIMITS.description)
  description!: string;

  /** `lang`: the language of the label shown (null for free text); see ConceptLabeller. */
  @ApiObject(ShownConcept)
  occupation!: ShownConcept;

  @ApiList(ShownConcept, MAX_SKILLS)
  requiredSkills!: ShownConcept[];

  @ApiList(ShownConcept, MAX_SKILLS)
  optionalSkills!: ShownConcept[];

  @ApiList(LanguageRequirementView, MAX_LANGUAGES)
  languages!: LanguageRequirementView[];

  @ApiText(OFFER_LIMITS.city)
  city!: string;

  @ApiText(5, { nullable: true, pattern: '^\\d{5}$', example: '01067' })
  postalCode!: string | null;

  @ApiEnum(WORKPLACES, 'Workplace')
  workplace!: Workplace;

  @ApiEnum(CONTRACT_TYPES, 'ContractType')
  contractType!: ContractType;

  @ApiObject(OfferSalaryView)
  salary!: OfferSalaryView;

  @ApiProperty()
  visaSponsorship!: boolean;

  @ApiProperty()
  relocationSupport!: boolean;

  @ApiProperty({
    description:
      'The occupation is a regulated profession in Germany: working in it needs a licence (also for EU citizens); see regulatedProfessionAuthority',
  })
  regulatedProfession!: boolean;

  @ApiProperty({ type: String, maxLength: 300, nullable: true, description: 'Who grants the licence in Saxony (null when not regulated)' })
  regulatedProfessionAuthority!: string | null;

  @ApiProperty({ enum: DEGREE_LEVELS, enumName: 'DegreeLevel', nullable: true })
  minDegree!: DegreeLevel | null;

  @ApiDate({ nullable: true })
  startDate!: string | null;

  @ApiDateTime()
  createdAt!: string;

  @ApiDateTime()
  updatedAt!: string;

  @ApiDateTime({ nullable: true })
  submittedAt!: string | null;

  @ApiDateTime({ nullable: true })
  publishedAt!: string | null;

  @ApiDateTime({ nullable: true })
  closedAt!: string | null;

  /** Present while the staff's reason for a rejection applies (until the offer is submitted again). */
  @ApiText(2000, { required: false, description: 'The staff’s reason, while it applies (until the offer is submitted again)' })
  rejectionReason?: string;
}

/** The answer to an employer's create or edit: saving never fails on a warning, it only reports it. */
export class JobOfferWithWarnings extends JobOfferView {
  /** E.g. a sponsored offer paying below the EU Blue Card threshold; empty when there is nothing to say. */
  @ApiTextList(10, 1000, {
    description: 'E.g. a sponsored offer paying below the EU Blue Card threshold; empty when there is nothing to say',
  })
  warnings!: string[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The one mapper from a stored offer (with its employer loaded) to what the
 * API answers; `labels` shows the concepts in a language (default: as stored).
 */
export function toJobOfferView(o: JobOfferEntity, labels: ConceptLabels = ConceptLabels.STORED): JobOfferView {
  const regulated = regulatedProfessionOf(o.occupationUri, o.iscoCode);
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
    regulatedProfession: regulated !== null,
    regulatedProfessionAuthority: regulated?.authority ?? null,
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
