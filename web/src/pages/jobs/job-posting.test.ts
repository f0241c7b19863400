import { describe, expect, it } from 'vitest';
import type { components } from '../../api';
import { jobPosting } from './job-posting';

const offer: components['schemas']['JobOfferView'] = {
  id: '4f7c1f8e-2b1a-4c55-9a59-2f1f2a3c4d5e',
  status: 'published',
  version: 3,
  employer: { id: 'e1', name: 'Elbtal Software GmbH' },
  title: 'Python-Entwickler/in (m/w/d)',
  description: 'Backend development for our logistics platform.',
  occupation: { label: 'software developer', escoUri: 'http://data.europa.eu/esco/occupation/x', lang: 'en' },
  requiredSkills: [{ label: 'Python (computer programming)', escoUri: 'http://data.europa.eu/esco/skill/p', lang: 'en' }],
  optionalSkills: [{ label: 'Docker', escoUri: null, lang: null }],
  languages: [{ code: 'en', minLevel: 'B2' }],
  city: 'Dresden',
  postalCode: '01067',
  workplace: 'hybrid',
  contractType: 'fixed_term',
  salary: { min: 4000, max: 5000, currency: 'EUR', period: 'month' },
  visaSponsorship: true,
  relocationSupport: false,
  regulatedProfession: false,
  regulatedProfessionAuthority: null,
  minDegree: 'bachelor',
  startDate: '2027-03-01',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  submittedAt: '2026-11-02T09:00:00.000Z',
  publishedAt: '2026-11-03T10:30:00.000Z',
  closedAt: null,
};

describe('jobPosting (schema.org JSON-LD)', () => {
  it('describes the offer as a JobPosting with organisation, place in Saxony and salary', () => {
    const posting = jobPosting(offer, 'https://example.org/jobs/1');
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Python-Entwickler/in (m/w/d)',
      description: 'Backend development for our logistics platform.',
      datePosted: '2026-11-03',
      hiringOrganization: { '@type': 'Organization', name: 'Elbtal Software GmbH' },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Dresden',
          postalCode: '01067',
          addressRegion: 'Sachsen',
          addressCountry: 'DE',
        },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 4000, maxValue: 5000, unitText: 'MONTH' },
      },
      employmentType: 'TEMPORARY',
      directApply: false,
      jobStartDate: '2027-03-01',
      skills: 'Python (computer programming), Docker',
      url: 'https://example.org/jobs/1',
    });
    expect(posting).not.toHaveProperty('validThrough');
    expect(posting).not.toHaveProperty('jobLocationType');
  });

  it('maps every contract type and salary period', () => {
    const types = (['permanent', 'fixed_term', 'internship', 'apprenticeship'] as const).map(
      (contractType) => jobPosting({ ...offer, contractType }).employmentType,
    );
    expect(types).toEqual(['FULL_TIME', 'TEMPORARY', 'INTERN', 'OTHER']);
    const units = (['year', 'month', 'hour'] as const).map(
      (period) =>
        (jobPosting({ ...offer, salary: { ...offer.salary, period } }).baseSalary as { value: { unitText: string } }).value.unitText,
    );
    expect(units).toEqual(['YEAR', 'MONTH', 'HOUR']);
  });

  it('leaves out the postal code when there is none, marks remote work, and ends with the closing date', () => {
    const posting = jobPosting({ ...offer, postalCode: null, workplace: 'remote', closedAt: '2027-01-31T00:00:00.000Z' });
    expect((posting.jobLocation as { address: Record<string, unknown> }).address).not.toHaveProperty('postalCode');
    expect(posting.jobLocationType).toBe('TELECOMMUTE');
    expect(posting.validThrough).toBe('2027-01-31T00:00:00.000Z');
  });

  it('survives JSON round trips unchanged (what the script block holds)', () => {
    const posting = jobPosting({ ...offer, title: 'Dev </script><script>alert(1)</script>' });
    expect(JSON.parse(JSON.stringify(posting))).toEqual(posting);
  });
});
