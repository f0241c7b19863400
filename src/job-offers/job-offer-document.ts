import { HOURS_PER_YEAR } from '../blue-card-thresholds/blue-card-salary';
import { languageLevelRank } from '../common/reference/levels';
import { normalizeLabel } from '../taxonomy/label-normalizer';
import { type JobOfferView, toJobOfferView } from './dto/job-offer.view';
import type { SalaryPeriod } from '../common/reference/levels';
import type { JobOfferEntity } from './entities/job-offer.entity';

/** Annual EUR of an amount per period: month × 12, hour × 40 × 52, year as is. */
export function annualEur(amount: number, period: SalaryPeriod): number {
  const factor = period === 'year' ? 1 : period === 'month' ? 12 : HOURS_PER_YEAR;
  return Math.round(amount * factor * 100) / 100;
}

/** The public view fields a search hit answers with (the same shape as GET /job-offers/:id for anyone). */
export const PUBLIC_VIEW_FIELDS = [
  'id',
  'status',
  'version',
  'employer',
  'title',
  'description',
  'occupation',
  'requiredSkills',
  'optionalSkills',
  'languages',
  'city',
  'postalCode',
  'workplace',
  'contractType',
  'salary',
  'visaSponsorship',
  'relocationSupport',
  'regulatedProfession',
  'regulatedProfessionAuthority',
  'minDegree',
  'startDate',
  'createdAt',
  'updatedAt',
  'submittedAt',
  'publishedAt',
  'closedAt',
] as const satisfies readonly (keyof JobOfferView)[];

/** What the job_offers index holds per published offer: the public view plus search fields. */
export interface JobOfferDocument extends JobOfferView {
  employerName: string;
  /** ESCO occupation concept (filter), and every label of it in de/en/pl/cs (search text). */
  occupationUri: string | null;
  occupationLabels: string[];
  /** ESCO concepts of required and optional skills (filter: "skills", all must match). */
  skillUris: string[];
  /** Normalised labels of free-text skills (filter for skills the taxonomy does not know). */
  skillTextKeys: string[];
  /** Every label of every skill in de/en/pl/cs (search text). */
  skillLabels: string[];
  /** The skills as shown (facet). */
  skillFacet: string[];
  /** Codes of every required language (facet, and the "languages the searcher lacks" filter). */
  requiredLanguageCodes: string[];
  /** Required level per language as a number, A1 = 1 … C2 = 6, native = 7. */
  languageMinLevels: Record<string, number>;
  salaryMinAnnualEur: number;
  salaryMaxAnnualEur: number;
  publishedAtTs: number;
}

/** The offer fields matching scores on (matching/match-facts.mapper.ts `toOfferFacts` reads these only). */
export const OFFER_MATCH_FIELDS = [
  'requiredSkills',
  'optionalSkills',
  'occupationUri',
  'iscoCode',
  'languages',
  'city',
  'postalCode',
  'workplace',
  'contractType',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'visaSponsorship',
  'minDegree',
  'startDate',
] as const satisfies readonly (keyof JobOfferEntity)[];

/**
 * What matching scores an offer on: candidate → offers reads just these columns of the offers its bounds cannot
 * rule out (JobOffersRepository.findPublishedMatchFacts).
 */
export type OfferMatchFacts = Pick<JobOfferEntity, (typeof OFFER_MATCH_FIELDS)[number]>;

/**
 * Pure mapper from a published offer (employer loaded) and the labels of its
 * concepts in all languages (`labelsOf(uri)`) to its search document.
 */
export function toJobOfferDocument(offer: JobOfferEntity, labelsOf: (uri: string) => string[]): JobOfferDocument {
  const view = toJobOfferView(offer);
  const skills = [...offer.requiredSkills, ...offer.optionalSkills];
  const withLabels = (concept: { label: string; escoUri: string | null }) =>
    concept.escoUri ? [concept.label, ...labelsOf(concept.escoUri)] : [concept.label];
  return {
    ...view,
    employerName: view.employer.name,
    occupationUri: offer.occupationUri,
    occupationLabels: unique(withLabels(view.occupation)),
    skillUris: unique(skills.flatMap((s) => (s.escoUri ? [s.escoUri] : []))),
    skillTextKeys: unique(skills.flatMap((s) => (s.escoUri ? [] : [normalizeLabel(s.label)]))),
    skillLabels: unique(skills.flatMap(withLabels)),
    skillFacet: unique(skills.map((s) => s.label)),
    requiredLanguageCodes: offer.languages.map((l) => l.code),
    languageMinLevels: Object.fromEntries(offer.languages.map((l) => [l.code, languageLevelRank(l.minLevel)])),
    salaryMinAnnualEur: annualEur(offer.salaryMin, offer.salaryPeriod),
    salaryMaxAnnualEur: annualEur(offer.salaryMax, offer.salaryPeriod),
    publishedAtTs: offer.publishedAt ? offer.publishedAt.getTime() : 0,
    // Matching filters on it: an offer asking for no skill gives every candidate the full essential share.
  };
}

const unique = (values: string[]) => [...new Set(values)];
