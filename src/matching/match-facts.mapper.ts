import type { CandidateMatchFacts } from '../candidates/candidate-facts.reader';
import type { OfferMatchFacts } from '../job-offers/job-offer-document';
import type { CandidateFacts, LanguageLevel, OfferFacts } from './scoring';
import { regulatedProfessionOf } from '../residence-law/regulated-professions';

/**
 * Maps what the candidates and job-offers modules store to the scorer's plain
 * facts. Pure; the same mapping serves the routes and the exact reference
 * ranking, so both score every pair identically.
 */
export function toScoringCandidate(stored: CandidateMatchFacts, iscoCodes: ReadonlyMap<string, string> = new Map()): CandidateFacts {
  return {
    skillUris: stored.skillUris,
    freeTextSkills: stored.freeTextSkills,
    desiredOccupationUris: stored.desiredOccupationUris,
    // ISCO unit groups of the desired occupations: partial credit for a neighbouring occupation.
    desiredOccupationIscoCodes: [...new Set(stored.desiredOccupationUris.flatMap((u) => iscoCodes.get(u) ?? []))],
    languages: stored.languages.map((l) => ({ code: l.code, level: l.level as LanguageLevel })),
    // The AGS where the profile has them (the scorer resolves either and shows the municipality's name).
    preferredCities: stored.preferredCityAgs.length === stored.preferredCities.length ? stored.preferredCityAgs : stored.preferredCities,
    openToRemote: stored.openToRemote,
    crossBorderCommuter: stored.crossBorderCommuter,
    residenceCountry: stored.residenceCountry,
    // The scorer reads null as "not stated" (half the availability points).
    availableFrom: stored.availableFrom,
    degrees: stored.degrees.map((d) => ({
      level: d.level,
      field: d.field,
      graduationYear: d.graduationYear,
      graduationMonth: d.graduationMonth ?? null,
      country: d.country,
      recognition: d.recognition ?? 'unknown',
    })),
    // A profile that states no work permit is treated as needing a visa: we never assume a right to work.
    workPermit: stored.workPermit ?? 'needs_visa',
    citizenships: stored.citizenships,
    residenceTitle: stored.residenceTitle,
    experience: stored.experience.map((e) => ({
      occupationUri: e.escoUri,
      iscoCode: (e.escoUri && iscoCodes.get(e.escoUri)) || null,
      years: e.years,
    })),
  };
}

export function toOfferFacts(offer: OfferMatchFacts): OfferFacts {
  return {
    requiredSkills: offer.requiredSkills,
    optionalSkills: offer.optionalSkills,
    occupationUri: offer.occupationUri,
    occupationIscoCode: offer.iscoCode,
    languages: offer.languages.map((l) => ({ code: l.code, minLevel: l.minLevel })),
    city: offer.city,
    postalCode: offer.postalCode,
    workplace: offer.workplace,
    contractType: offer.contractType,
    salary: { min: offer.salaryMin, max: offer.salaryMax, currency: offer.salaryCurrency, period: offer.salaryPeriod },
    visaSponsorship: offer.visaSponsorship,
    minDegree: offer.minDegree,
    startDate: offer.startDate,
    regulatedProfession: regulatedProfessionOf(offer.occupationUri, offer.iscoCode),
  };
}

/** The ESCO skill URIs an offer asks for (required and optional): whose related skills its ranking needs. */
export const offerSkillUris = (offer: OfferFacts): string[] =>
  [...offer.requiredSkills, ...offer.optionalSkills].flatMap((s) => (s.escoUri ? [s.escoUri] : []));

/** Today as an ISO date (UTC): the one clock read per matching request. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
