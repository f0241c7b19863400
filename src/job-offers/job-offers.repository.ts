import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { LANGUAGE_LEVELS } from '../common/reference/levels';
import { JobOfferEntity, JobOfferStatus } from './entities/job-offer.entity';
import { OFFER_MATCH_FIELDS, type OfferMatchFacts } from './job-offer-document';

/** The offer's own content (everything an edit may change). */
export type JobOfferContent = Pick<
  JobOfferEntity,
  | 'title'
  | 'description'
  | 'occupationLabel'
  | 'occupationUri'
  | 'iscoCode'
  | 'requiredSkills'
  | 'optionalSkills'
  | 'languages'
  | 'city'
  | 'postalCode'
  | 'workplace'
  | 'contractType'
  | 'salaryMin'
  | 'salaryMax'
  | 'salaryCurrency'
  | 'salaryPeriod'
  | 'visaSponsorship'
  | 'relocationSupport'
  | 'minDegree'
  | 'startDate'
>;

/** Column and SQL cast of each content field (the only names that ever reach the SET list). */
const CONTENT_COLUMNS: Record<keyof JobOfferContent, [column: string, cast: string]> = {
  title: ['title', 'text'],
  description: ['description', 'text'],
  occupationLabel: ['occupation_label', 'text'],
  occupationUri: ['occupation_uri', 'text'],
  iscoCode: ['isco_code', 'text'],
  requiredSkills: ['required_skills', 'jsonb'],
  optionalSkills: ['optional_skills', 'jsonb'],
  languages: ['languages', 'jsonb'],
  city: ['city', 'text'],
  postalCode: ['postal_code', 'text'],
  workplace: ['workplace', 'text'],
  contractType: ['contract_type', 'text'],
  salaryMin: ['salary_min', 'numeric'],
  salaryMax: ['salary_max', 'numeric'],
  salaryCurrency: ['salary_currency', 'text'],
  salaryPeriod: ['salary_period', 'text'],
  visaSponsorship: ['visa_sponsorship', 'boolean'],
  relocationSupport: ['relocation_support', 'boolean'],
  minDegree: ['min_degree', 'text'],
  startDate: ['start_date', 'date'],
};

export interface StatusChange {
  status: JobOfferStatus;
  rejectionReason?: string | null;
  submitted?: boolean;
  published?: boolean;
  closed?: boolean;
}

/** Markers in `retrieval_keys` (kept by the trigger job_offers_skill_arrays, migration AddOfferSkillArrays). */
const NO_REQUIRED_SKILL_KEY = '~no-required-skill';
const REQUIRED_TEXT_SKILL_KEY = '~required-text-skill';

/** Who is asking, for `skillOverlaps`: the candidate's skills and the facts of the hard requirements. */
export interface SkillOverlapQuery {
  /** ESCO skill URIs the candidate holds. */
  held: readonly string[];
  /** URIs the candidate holds only through a related skill (not in `held`). */
  related: readonly string[];
  /** Whether the candidate lists skills without an ESCO URI (an offer's text skills might then be theirs). */
  hasFreeTextSkills: boolean;
  /** The best level rank (1 = A1) per lower-case ISO 639-1 code the candidate speaks. */
  languageRanks: Readonly<Record<string, number>>;
  /** Only offers that sponsor a visa. */
  needsVisaSponsorship: boolean;
  /** The occupations the candidate wants, and the first three digits (ISCO-08 minor group) of their unit groups. */
  desiredOccupationUris: readonly string[];
  desiredIscoMinorGroups: readonly string[];
  /**
   * `sharing`: offers sharing a held or related skill, requiring no skill, or (with free-text skills) requiring a
   * text skill. Of the others: `promising`, those with an occupation that may earn points (wanted, in a wanted
   * ISCO-08 minor group, unnamed — or the candidate names none), or with optional skills the candidate may cover
   * (none at all, or text skills when they have free-text ones); `remainder`, the rest.
   */
  scope: 'sharing' | 'promising' | 'remainder';
}

/** A published offer's skill counts against one candidate's skills (see SkillOverlapQuery), and its scalar facts. */
export interface SkillOverlap extends Pick<
  JobOfferEntity,
  'id' | 'occupationUri' | 'iscoCode' | 'city' | 'postalCode' | 'workplace' | 'languages' | 'startDate' | 'minDegree'
> {
  requiredUris: number;
  requiredHeld: number;
  requiredRelated: number;
  requiredTexts: number;
  optionalUris: number;
  optionalHeld: number;
  optionalRelated: number;
  optionalTexts: number;
}

/** Queries over job offers. Owner-scoped writes take the owning employer's id. */
@Injectable()
export class JobOffersRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(manager: EntityManager, employerId: string, content: JobOfferContent): Promise<string> {
    const result = await manager.insert(JobOfferEntity, { ...content, employerId, status: 'draft' });
    return (result.identifiers[0] as { id: string }).id;
  }

  /** The offer with its employer (for the answer), or null. */
  findWithEmployer(id: string, manager: EntityManager = this.dataSource.manager): Promise<JobOfferEntity | null> {
    return manager.findOne(JobOfferEntity, { where: { id }, relations: { employer: true } });
  }

  findForUpdate(manager: EntityManager, id: string): Promise<JobOfferEntity | null> {
    return manager.findOne(JobOfferEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The atomic edit: applies `content` only if the offer is the owner's, still
   * at `version`, and not closed, in one UPDATE (a concurrent edit with the
   * same version waits for the row lock, then finds the version moved on).
   * A published offer goes back to review, a rejected one back to draft.
   * Returns the status before the edit, or null when no row matched.
   */
  async updateContentIfCurrent(
    manager: EntityManager,
    where: { id: string; employerId: string; version: number },
    content: Partial<JobOfferContent>,
  ): Promise<{ previousStatus: JobOfferStatus } | null> {
    const params: unknown[] = [where.id, where.employerId, where.version];
    const sets: string[] = [];
    for (const [key, value] of Object.entries(content) as [keyof JobOfferContent, unknown][]) {
      if (value === undefined) continue;
      const [column, cast] = CONTENT_COLUMNS[key];
      params.push(cast === 'jsonb' && value !== null ? JSON.stringify(value) : value);
      sets.push(`"${column}" = $${params.length}::${cast}`);
    }
    const rows: { previous_status: JobOfferStatus }[] = await manager.query(
      `WITH current AS (
         SELECT id, status FROM job_offers
          WHERE id = $1 AND employer_id = $2 AND version = $3 AND status <> 'closed'
          FOR UPDATE
       )
       UPDATE job_offers o
          SET ${[...sets, ''].join(', ')}
              status = CASE current.status WHEN 'published' THEN 'pending_review' WHEN 'rejected' THEN 'draft' ELSE current.status END,
              submitted_at = CASE current.status WHEN 'published' THEN now() ELSE o.submitted_at END,
              published_at = CASE current.status WHEN 'published' THEN NULL ELSE o.published_at END,
              version = o.version + 1,
              updated_at = now()
         FROM current
        WHERE o.id = current.id
       RETURNING current.status AS previous_status`,
      params,
    );
    const row = (Array.isArray(rows[0]) ? rows[0][0] : rows[0]) as { previous_status: JobOfferStatus } | undefined;
    return row ? { previousStatus: row.previous_status } : null;
  }

  /** Ids of the employer's published offers (their search documents carry the employer's name). */
  async publishedIdsOf(manager: EntityManager, employerId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM job_offers WHERE employer_id = $1 AND status = 'published'`, [
      employerId,
    ]);
    return rows.map((r) => r.id);
  }

  /** Sends every published offer of the employer back to review (out of public search); returns their ids. */
  async returnPublishedToReview(manager: EntityManager, employerId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `UPDATE job_offers
          SET status = 'pending_review', submitted_at = now(), published_at = NULL,
              version = version + 1, updated_at = now()
        WHERE employer_id = $1 AND status = 'published'
      RETURNING id`,
      [employerId],
    );
    return (Array.isArray(rows[0]) ? rows[0] : rows).map((r: { id: string }) => r.id);
  }

  /** Sets the status of a row the caller has locked (findForUpdate) and bumps the version. */
  async setStatus(manager: EntityManager, id: string, change: StatusChange): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(JobOfferEntity)
      .set({
        status: change.status,
        ...(change.rejectionReason !== undefined ? { rejectionReason: change.rejectionReason } : {}),
        ...(change.submitted ? { submittedAt: () => 'now()' } : {}),
        ...(change.published ? { publishedAt: () => 'now()' } : {}),
        ...(change.closed ? { closedAt: () => 'now()' } : {}),
      })
      .where('id = :id', { id })
      .execute();
  }

  listByEmployer(employerId: string, page: number, limit: number, status?: JobOfferStatus): Promise<[JobOfferEntity[], number]> {
    return this.dataSource.getRepository(JobOfferEntity).findAndCount({
      where: { employerId, ...(status ? { status } : {}) },
      relations: { employer: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  /** The review queue, oldest submission first. */
  listPendingReview(page: number, limit: number): Promise<[JobOfferEntity[], number]> {
    return this.dataSource.getRepository(JobOfferEntity).findAndCount({
      where: { status: 'pending_review' },
      relations: { employer: true },
      order: { submittedAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  /** Published offers among `ids`, with their employers (what belongs in the search index). */
  findPublished(ids: string[]): Promise<JobOfferEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(JobOfferEntity).find({
      where: { id: In(ids), status: 'published' },
      relations: { employer: true },
    });
  }

  /**
   * Published offers a candidate meets the hard requirements of (every required language at its level, sponsorship
   * when needed), with the counts of their skills the candidate holds (the trigger-kept URI arrays, GIN-indexed).
   * Counting in PostgreSQL means no offer document has to travel before matching knows it is worth scoring.
   */
  async skillOverlaps(query: SkillOverlapQuery): Promise<SkillOverlap[]> {
    const keys = [...query.held, ...query.related, NO_REQUIRED_SKILL_KEY, ...(query.hasFreeTextSkills ? [REQUIRED_TEXT_SKILL_KEY] : [])];
    // "sharing": the GIN index finds the offers; the counts are computed for those only. The others share nothing
    // by definition, so there is nothing to count.
    const sharing = query.scope === 'sharing';
    // coalesce: a comparison with a missing ISCO code is NULL, which would leave the offer in neither scope.
    const promising = `coalesce(o.occupation_uri = ANY ($7::text[]) OR coalesce(o.occupation_uri, '') = '' OR cardinality($7::text[]) = 0
               OR left(btrim(o.isco_code), 3) = ANY ($8::text[])
               OR cardinality(o.optional_skill_uris) = 0 OR ($9::boolean AND o.optional_text_skill_count > 0), false)`;
    const scope = { sharing: '', promising: `AND ${promising}`, remainder: `AND NOT ${promising}` }[query.scope];
    const count = (column: string, param: string) =>
      sharing ? `(SELECT count(*) FROM unnest(o.${column}) u WHERE u = ANY (${param}::text[]))::int` : '0';
    // Counts come back as integers (::int, smallint, cardinality), the date as text as the entity reads it; every
    // parameter is typed even where a scope does not use it, so all scopes take the same ones.
    return this.dataSource.query<SkillOverlap[]>(
      `SELECT o.id, o.occupation_uri AS "occupationUri", o.isco_code AS "iscoCode", o.city, o.postal_code AS "postalCode",
              o.workplace, o.languages, o.start_date::text AS "startDate", o.min_degree AS "minDegree",
              cardinality(o.required_skill_uris) AS "requiredUris",
              ${count('required_skill_uris', '$1')} AS "requiredHeld",
              ${count('required_skill_uris', '$2')} AS "requiredRelated",
              o.required_text_skill_count AS "requiredTexts",
              cardinality(o.optional_skill_uris) AS "optionalUris",
              ${count('optional_skill_uris', '$1')} AS "optionalHeld",
              ${count('optional_skill_uris', '$2')} AS "optionalRelated",
              o.optional_text_skill_count AS "optionalTexts"
         FROM job_offers o
        WHERE o.status = 'published'
          AND ${sharing ? '' : 'NOT '}(o.retrieval_keys && $3::text[]) ${scope}
          AND (NOT $5::boolean OR o.visa_sponsorship)
          AND NOT EXISTS (
                SELECT 1 FROM jsonb_array_elements(o.languages) r
                 WHERE coalesce(($4::jsonb ->> lower(btrim(r->>'code')))::int, 0) < array_position($6::text[], r->>'minLevel'))
          AND $1::text[] IS NOT NULL AND $2::text[] IS NOT NULL
          AND $7::text[] IS NOT NULL AND $8::text[] IS NOT NULL AND $9::boolean IS NOT NULL`,
      [
        query.held,
        query.related,
        keys,
        JSON.stringify(query.languageRanks),
        query.needsVisaSponsorship,
        LANGUAGE_LEVELS,
        query.desiredOccupationUris,
        query.desiredIscoMinorGroups,
        query.hasFreeTextSkills,
      ],
    );
  }

  /** What matching scores a published offer on, for the offers among `ids` (no employer: nothing to show yet). */
  findPublishedMatchFacts(ids: string[]): Promise<(OfferMatchFacts & { id: string })[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(JobOfferEntity).find({
      select: ['id', ...OFFER_MATCH_FIELDS],
      where: { id: In(ids), status: 'published' },
    });
  }

  /** Published offers in id order after `afterId` (keyset pages for a full reindex and for matching). */
  findPublishedPage(afterId: string | null, limit: number): Promise<JobOfferEntity[]> {
    return this.dataSource.getRepository(JobOfferEntity).find({
      where: { status: 'published', ...(afterId ? { id: MoreThan(afterId) } : {}) },
      relations: { employer: true },
      order: { id: 'ASC' },
      take: limit,
    });
  }
}
