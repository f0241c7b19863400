import type { components } from '../../api';

type JobOffer = components['schemas']['JobOfferView'];
type ContractType = components['schemas']['ContractType'];
type SalaryPeriod = components['schemas']['SalaryPeriod'];

/**
 * schema.org employmentType for our contract types. The offer does not say full or part time, so a
 * permanent contract is announced as FULL_TIME (the usual case); an apprenticeship has no own value.
 */
export const EMPLOYMENT_TYPE: Record<ContractType, string> = {
  permanent: 'FULL_TIME',
  fixed_term: 'TEMPORARY',
  internship: 'INTERN',
  apprenticeship: 'OTHER',
};

const UNIT_TEXT: Record<SalaryPeriod, string> = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' };

/** The date part of an ISO moment ('2027-01-05T10:00:00Z' → '2027-01-05'). */
const day = (moment: string) => moment.slice(0, 10);

/**
 * The schema.org JobPosting of a published offer (https://schema.org/JobPosting, as search engines read
 * it), for a <script type="application/ld+json"> block. Pure: the same offer gives the same object.
 */
export function jobPosting(offer: JobOffer, url?: string): Record<string, unknown> {
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: offer.title,
    description: offer.description,
    datePosted: day(offer.publishedAt ?? offer.createdAt),
    hiringOrganization: { '@type': 'Organization', name: offer.employer.name },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: offer.city,
        ...(offer.postalCode ? { postalCode: offer.postalCode } : {}),
        addressRegion: 'Sachsen',
        addressCountry: 'DE',
      },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: offer.salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        minValue: offer.salary.min,
        maxValue: offer.salary.max,
        unitText: UNIT_TEXT[offer.salary.period],
      },
    },
    employmentType: EMPLOYMENT_TYPE[offer.contractType],
    directApply: false,
  };
  if (offer.workplace === 'remote') posting.jobLocationType = 'TELECOMMUTE';
  if (offer.closedAt) posting.validThrough = offer.closedAt;
  if (offer.startDate) posting.jobStartDate = offer.startDate;
  const skills = [...offer.requiredSkills, ...offer.optionalSkills].map((skill) => skill.label);
  if (skills.length) posting.skills = skills.join(', ');
  if (offer.occupation?.label) posting.occupationalCategory = offer.occupation.label;
  if (url) posting.url = url;
  posting.identifier = { '@type': 'PropertyValue', name: offer.employer.name, value: offer.id };
  return posting;
}
