import { Injectable } from '@nestjs/common';
import {
  CandidateEmployerView,
  effectiveWorkPermit,
  highestDegree,
  isVisibleToEmployers,
  toEmployerView,
} from './candidate-profile.mapper';
import { CandidatesRepository } from './candidates.repository';
import type { StoredConcept } from '../taxonomy/stored-concept';
import type { CandidateProfileEntity, StoredDegree, StoredExperience } from './entities/candidate-profile.entity';
import type { ResidenceTitle } from '../residence-law/residence-facts';
import { degreeLevelRank, languageLevelRank } from './reference/levels';
import type { DegreeLevel, LanguageLevel, WorkPermit } from './reference/levels';

/**
 * One candidate profile as matching reads it from PostgreSQL (so a profile
 * hidden a moment ago never ranks): plain data, no contact details. Matching
 * maps it to its scorer's CandidateFacts (matching/match-facts.mapper.ts).
 */
export interface CandidateSnapshot {
  profileId: string;
  userId: string;
  firstName: string;
  headline: string | null;
  /** Employers may see the profile (visibility `employers`, not hidden by staff or retention). */
  visibleToEmployers: boolean;
  skills: StoredConcept[];
  skillUris: string[];
  /** Skills that did not resolve to ESCO, as stored (matching's `freeTextSkills`). */
  freeTextSkills: string[];
  desiredOccupations: StoredConcept[];
  occupationUris: string[];
  /** Same as `occupationUris` (the name matching's scorer uses). */
  desiredOccupationUris: string[];
  degrees: StoredDegree[];
  /** With `rank`: A1 = 1 … C2 = 6, native = 7. */
  languages: { code: string; level: LanguageLevel; rank: number }[];
  preferredCities: string[];
  /** AGS of each preferred city (empty for rows saved before the official data: then the names count). */
  preferredCityAgs: string[];
  openToRemote: boolean;
  crossBorderCommuter: boolean;
  /** ISO date; null = not stated (availability.ts). */
  availableFrom: string | null;
  workPermit: WorkPermit | null;
  highestDegree: DegreeLevel | null;
  /** vocational = 1 … phd = 4; 0 = none. */
  degreeRank: number;
  residenceCountry: string | null;
  countryOfOrigin: string | null;
  /** ISO 3166-1 alpha-2; any EU/EEA/Swiss one means free movement. */
  citizenships: string[];
  residenceTitle: ResidenceTitle | null;
  experience: StoredExperience[];
}

/** The facts matching scores a profile on (matching/match-facts.mapper.ts `toScoringCandidate` reads these only). */
export const MATCH_FACT_FIELDS = [
  'skillUris',
  'freeTextSkills',
  'desiredOccupationUris',
  'languages',
  'preferredCities',
  'preferredCityAgs',
  'openToRemote',
  'crossBorderCommuter',
  'residenceCountry',
  'availableFrom',
  'degrees',
  'workPermit',
  'citizenships',
  'residenceTitle',
  'experience',
] as const satisfies readonly (keyof CandidateSnapshot)[];

/**
 * What matching scores a profile on. The candidates index carries it in each document (`matchFacts`), so ranking
 * scores the retrieved candidates without reading PostgreSQL; the page shown is then re-read and re-scored here.
 */
export type CandidateMatchFacts = Pick<CandidateSnapshot, (typeof MATCH_FACT_FIELDS)[number]>;
/** Match facts with the profile they belong to: a CandidateSnapshot is one too. */
export type ScorableCandidate = CandidateMatchFacts & { profileId: string };

/**
 * Match facts as the index document carries them: ESCO skill URIs without their common prefix (they are most of
 * the bytes, and ranking reads hundreds of documents per request).
 */
export type IndexedMatchFacts = Omit<CandidateMatchFacts, 'skillUris'> & { skillIds: string[] };

const ESCO_SKILL_PREFIX = 'http://data.europa.eu/esco/skill/';

/** The match facts of a stored profile, as the index document carries them. */
export function matchFactsOf(row: CandidateProfileEntity): IndexedMatchFacts {
  const snapshot = toSnapshot(row);
  const { skillUris, ...rest } = Object.fromEntries(MATCH_FACT_FIELDS.map((field) => [field, snapshot[field]])) as CandidateMatchFacts;
  return { ...rest, skillIds: skillUris.map((uri) => (uri.startsWith(ESCO_SKILL_PREFIX) ? uri.slice(ESCO_SKILL_PREFIX.length) : uri)) };
}

/** The match facts back from an index document (a full URI, one not under ESCO's prefix, is kept as it is). */
export function fromIndexedMatchFacts({ skillIds, ...rest }: IndexedMatchFacts): CandidateMatchFacts {
  return { ...rest, skillUris: skillIds.map((id) => (id.includes(':') ? id : ESCO_SKILL_PREFIX + id)) };
}

/** For the matching module: candidate snapshots by profile id, or the profile id of a candidate account. */
@Injectable()
export class CandidateFactsReader {
  constructor(private readonly repository: CandidatesRepository) {}

  /** Snapshots of these profiles, in the given order; by default only profiles employers may see. */
  async factsFor(profileIds: string[], options: { onlyVisible?: boolean } = {}): Promise<CandidateSnapshot[]> {
    const onlyVisible = options.onlyVisible ?? true;
    const rows = new Map((await this.repository.findByIds(profileIds)).map((r) => [r.id, r]));
    return profileIds.flatMap((id) => {
      const row = rows.get(id);
      if (!row || (onlyVisible && !isVisibleToEmployers(row))) return [];
      return [toSnapshot(row)];
    });
  }

  /**
   * Snapshots of every profile employers may see, in id order after `afterId`
   * (keyset pages: matching's exact reference ranking walks them all).
   */
  async visibleFactsPage(afterId: string | null, limit: number): Promise<CandidateSnapshot[]> {
    return (await this.repository.visibleBatch(afterId, limit)).map(toSnapshot);
  }

  /**
   * The employer view (no contact data) of the profiles among `profileIds`
   * that employers may see, keyed by profile id: what candidate search shows.
   */
  async employerViews(profileIds: string[]): Promise<Map<string, CandidateEmployerView>> {
    const rows = (await this.repository.findByIds(profileIds)).filter(isVisibleToEmployers);
    return new Map(rows.map((r) => [r.id, toEmployerView(r, null)]));
  }

  /** The profile id of a candidate account (null before the profile exists). */
  async profileIdOfUser(userId: string): Promise<string | null> {
    return (await this.repository.findByUserId(userId))?.id ?? null;
  }
}

function toSnapshot(row: CandidateProfileEntity): CandidateSnapshot {
  const degree = highestDegree(row.degrees);
  return {
    profileId: row.id,
    userId: row.userId,
    firstName: row.firstName,
    headline: row.headline,
    visibleToEmployers: isVisibleToEmployers(row),
    skills: row.skills,
    skillUris: row.skills.flatMap((s) => (s.escoUri ? [s.escoUri] : [])),
    freeTextSkills: row.skills.flatMap((s) => (s.escoUri ? [] : [s.label])),
    desiredOccupations: row.desiredOccupations,
    occupationUris: row.desiredOccupations.flatMap((o) => (o.escoUri ? [o.escoUri] : [])),
    desiredOccupationUris: row.desiredOccupations.flatMap((o) => (o.escoUri ? [o.escoUri] : [])),
    degrees: row.degrees,
    languages: row.languages.map((l) => ({ ...l, rank: languageLevelRank(l.level) })),
    preferredCities: row.preferredCities,
    preferredCityAgs: row.preferredCityAgs,
    openToRemote: row.openToRemote,
    crossBorderCommuter: row.crossBorderCommuter,
    availableFrom: row.availableFrom,
    // Any EU/EEA/Swiss citizenship counts as free movement, whatever was ticked (as in the search index).
    workPermit: effectiveWorkPermit(row),
    highestDegree: degree,
    degreeRank: degree ? degreeLevelRank(degree) : 0,
    residenceCountry: row.residenceCountry,
    countryOfOrigin: row.countryOfOrigin,
    citizenships: row.citizenships ?? [],
    residenceTitle: row.residenceTitle ?? null,
    experience: row.experience ?? [],
  };
}
