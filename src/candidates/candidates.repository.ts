import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { CandidateProfileEntity } from './entities/candidate-profile.entity';

/** The columns a candidate writes (PUT sets all of them, PATCH some). */
export type ProfileData = Pick<
  CandidateProfileEntity,
  | 'firstName'
  | 'lastName'
  | 'headline'
  | 'summary'
  | 'countryOfOrigin'
  | 'residenceCountry'
  | 'degrees'
  | 'skills'
  | 'languages'
  | 'desiredOccupations'
  | 'preferredCities'
  | 'preferredCityAgs'
  | 'openToRemote'
  | 'crossBorderCommuter'
  | 'availableFrom'
  | 'workPermit'
  | 'citizenships'
  | 'residenceTitle'
  | 'experience'
  | 'salaryMin'
  | 'salaryCurrency'
  | 'visibility'
>;

/** Queries over candidate profiles. Owner ids are required arguments. */
@Injectable()
export class CandidatesRepository {
  constructor(
    @InjectRepository(CandidateProfileEntity) private readonly profiles: Repository<CandidateProfileEntity>,
    private readonly dataSource: DataSource,
  ) {}

  inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findByUserId(userId: string, manager?: EntityManager): Promise<CandidateProfileEntity | null> {
    return (manager ?? this.dataSource.manager).findOneBy(CandidateProfileEntity, { userId });
  }

  findById(id: string, manager?: EntityManager): Promise<CandidateProfileEntity | null> {
    return (manager ?? this.dataSource.manager).findOneBy(CandidateProfileEntity, { id });
  }

  findByIds(ids: string[]): Promise<CandidateProfileEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.profiles.findBy({ id: In(ids) });
  }

  /** Profiles employers may see, in id order after `afterId` (for a full index rebuild). */
  visibleBatch(afterId: string | null, size: number): Promise<CandidateProfileEntity[]> {
    const query = this.profiles
      .createQueryBuilder('p')
      .where(`p.visibility = 'employers' AND p.hidden_by_staff_at IS NULL AND p.retention_hidden_at IS NULL`)
      .orderBy('p.id')
      .take(size);
    if (afterId) query.andWhere('p.id > :afterId', { afterId });
    return query.getMany();
  }

  /** Inserts the profile of `userId`; null when one exists already (two PUTs racing). */
  async insert(manager: EntityManager, userId: string, data: ProfileData): Promise<CandidateProfileEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(CandidateProfileEntity)
      .values({ ...data, userId })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? manager.findOneByOrFail(CandidateProfileEntity, { id }) : null;
  }

  /**
   * Atomic conditional update: `UPDATE … WHERE user_id = $1 [AND version = $2]`,
   * bumping the version. Null when no row matched (absent or stale): nothing changed.
   * Saving also ends a retention hiding (the candidate is active again).
   */
  async update(
    manager: EntityManager,
    userId: string,
    changes: Partial<ProfileData>,
    expectedVersion: number | undefined,
  ): Promise<CandidateProfileEntity | null> {
    const query = manager
      .createQueryBuilder()
      .update(CandidateProfileEntity)
      .set({ ...changes, retentionHiddenAt: null, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('user_id = :userId', { userId });
    if (expectedVersion !== undefined) query.andWhere('version = :expectedVersion', { expectedVersion });
    const result = await query.returning(['id']).execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? manager.findOneByOrFail(CandidateProfileEntity, { id }) : null;
  }

  /** Staff hide (`at` set) or restore (`at` null). */
  async setHiddenByStaff(
    manager: EntityManager,
    id: string,
    at: Date | null,
    reason: string | null,
  ): Promise<CandidateProfileEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .update(CandidateProfileEntity)
      .set({ hiddenByStaffAt: at, hiddenByStaffReason: reason, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length ? manager.findOneByOrFail(CandidateProfileEntity, { id }) : null;
  }

  /** Profiles whose owner has not signed in since `inactiveSince` and that are not yet retention-hidden; marks them. */
  async hideInactive(manager: EntityManager, inactiveSince: Date, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH hidden AS (
         UPDATE candidate_profiles p SET retention_hidden_at = $2, updated_at = now(), version = p.version + 1
           FROM users u
          WHERE u.id = p.user_id AND p.retention_hidden_at IS NULL
            AND COALESCE(u.last_login_at, u.created_at) < $1
         RETURNING p.id)
       SELECT id FROM hidden ORDER BY id`,
      [inactiveSince, now],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Profiles visible to employers whose owner's last sign-in (or sign-up) lies
   * between `inactiveSince` and `warnBefore`: the retention run hides them within the warning period.
   */
  async dueForHidingSoon(inactiveSince: Date, warnBefore: Date): Promise<RetentionCandidate[]> {
    return this.dataSource.query(
      `SELECT p.user_id AS "userId", p.id AS "profileId", COALESCE(u.last_login_at, u.created_at) AS "lastActiveAt"
         FROM candidate_profiles p JOIN users u ON u.id = p.user_id
        WHERE p.retention_hidden_at IS NULL AND p.visibility = 'employers' AND p.hidden_by_staff_at IS NULL
          AND COALESCE(u.last_login_at, u.created_at) < $2 AND COALESCE(u.last_login_at, u.created_at) >= $1
        ORDER BY p.id`,
      [inactiveSince, warnBefore],
    );
  }

  /**
   * Retention-hidden profiles that dueForErasure will return after `now` and
   * before `until`: hidden for `hiddenForMs` and inactive for `inactiveForMs` by then, not yet now.
   */
  async dueForErasureBetween(
    now: Date,
    until: Date,
    hiddenForMs: number,
    inactiveForMs: number,
  ): Promise<(RetentionCandidate & { hiddenAt: Date })[]> {
    return this.dataSource.query(
      `SELECT p.user_id AS "userId", p.id AS "profileId", COALESCE(u.last_login_at, u.created_at) AS "lastActiveAt",
              p.retention_hidden_at AS "hiddenAt"
         FROM candidate_profiles p JOIN users u ON u.id = p.user_id
        WHERE p.retention_hidden_at IS NOT NULL
          AND p.retention_hidden_at < $1::timestamptz - make_interval(secs => $2::double precision / 1000)
          AND COALESCE(u.last_login_at, u.created_at) < $1::timestamptz - make_interval(secs => $3::double precision / 1000)
          AND NOT (p.retention_hidden_at < $4::timestamptz - make_interval(secs => $2::double precision / 1000)
                   AND COALESCE(u.last_login_at, u.created_at) < $4::timestamptz - make_interval(secs => $3::double precision / 1000))
        ORDER BY p.id`,
      [until, hiddenForMs, inactiveForMs, now],
    );
  }

  /** Retention-hidden since before `hiddenBefore` and owner inactive since before `inactiveSince`: due for erasure. */
  async dueForErasure(hiddenBefore: Date, inactiveSince: Date): Promise<{ userId: string; profileId: string }[]> {
    return this.dataSource.query(
      `SELECT p.user_id AS "userId", p.id AS "profileId"
         FROM candidate_profiles p JOIN users u ON u.id = p.user_id
        WHERE p.retention_hidden_at < $1 AND COALESCE(u.last_login_at, u.created_at) < $2
        ORDER BY p.retention_hidden_at`,
      [hiddenBefore, inactiveSince],
    );
  }
}

/** A profile the retention run will act on, with its owner and when they were last active. */
export interface RetentionCandidate {
  userId: string;
  profileId: string;
  lastActiveAt: Date;
}
