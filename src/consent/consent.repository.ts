import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { JobOfferStatus } from '../job-offers/entities/job-offer.entity';
import { ApplicationEntity } from './entities/application.entity';
import { InvitationEntity, InvitationStatus } from './entities/invitation.entity';

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

/** Outcome of an insert guarded by the database: the row, a duplicate, or nothing matched (offer not in the right state, profile gone). */
export type InsertOutcome<T> = { kind: 'created'; row: T } | { kind: 'duplicate' } | { kind: 'not_inserted' };

/** Runs in the transaction of a change, after it (e.g. the audit entry): if it fails, the change is rolled back. */
export type InTransaction<T> = (manager: EntityManager, row: T) => Promise<void>;

/** An invitation as its candidate sees it, with the offer and the employer. */
export interface CandidateInvitationRow {
  id: string;
  status: InvitationStatus;
  message: string;
  createdAt: Date;
  respondedAt: Date | null;
  offerId: string;
  offerTitle: string;
  offerStatus: JobOfferStatus;
  employerId: string;
  employerName: string;
}

/** An application as the offer's owner (or staff) sees it; candidate fields are null once the candidate is erased. */
export interface OfferApplicationRow {
  id: string;
  message: string;
  createdAt: Date;
  candidateErased: boolean;
  profileId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

/**
 * An invitation as the offer's owner (or staff) sees it. Last name and e-mail
 * are read only for accepted invitations; profile fields are null once the
 * candidate is erased.
 */
export interface OfferInvitationRow {
  id: string;
  status: InvitationStatus;
  message: string;
  createdAt: Date;
  respondedAt: Date | null;
  candidateErased: boolean;
  employerUserId: string | null;
  profileId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

const CANDIDATE_INVITATION_SELECT = `
  SELECT i.id, i.status, i.message, i.created_at AS "createdAt", i.responded_at AS "respondedAt",
         o.id AS "offerId", o.title AS "offerTitle", o.status AS "offerStatus",
         e.id AS "employerId", e.name AS "employerName"
    FROM invitations i
    JOIN job_offers o ON o.id = i.job_offer_id
    JOIN employers e ON e.id = o.employer_id`;

/** What the notifications of a consent event are written from (read in the event's transaction). */
export interface ConsentNoticeFacts {
  offerId: string;
  offerTitle: string;
  employerName: string;
  employerUserId: string;
  candidateUserId: string;
  firstName: string;
  lastName: string;
  headline: string | null;
  email: string;
}

/**
 * Queries over invitations and applications. Reads join the offer, employer,
 * profile and account tables (read-only); writes are guarded in SQL so a
 * concurrent close, erasure or duplicate cannot slip between check and insert.
 */
@Injectable()
export class ConsentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the invitation only while the offer is published and owned by `employerId`. */
  async insertInvitation(
    input: {
      jobOfferId: string;
      employerId: string;
      employerUserId: string;
      candidateProfileId: string;
      message: string;
    },
    then: InTransaction<InvitationEntity>,
  ): Promise<InsertOutcome<InvitationEntity>> {
    return this.guardedInsert(InvitationEntity, then, (manager) =>
      manager.query(
        `INSERT INTO invitations (job_offer_id, employer_user_id, candidate_profile_id, message)
         SELECT o.id, $3, $4, $5 FROM job_offers o
          WHERE o.id = $1 AND o.employer_id = $2 AND o.status = 'published'
         RETURNING id`,
        [input.jobOfferId, input.employerId, input.employerUserId, input.candidateProfileId, input.message],
      ),
    );
  }

  /** Inserts the application only while the offer is published; the offer owner's account is whom it shares contact data with. */
  async insertApplication(
    input: { jobOfferId: string; candidateProfileId: string; message: string },
    then: InTransaction<ApplicationEntity>,
  ): Promise<InsertOutcome<ApplicationEntity>> {
    return this.guardedInsert(ApplicationEntity, then, (manager) =>
      manager.query(
        `INSERT INTO applications (job_offer_id, candidate_profile_id, employer_user_id, message)
         SELECT o.id, $2, e.user_id, $3 FROM job_offers o JOIN employers e ON e.id = o.employer_id
          WHERE o.id = $1 AND o.status = 'published'
         RETURNING id`,
        [input.jobOfferId, input.candidateProfileId, input.message],
      ),
    );
  }

  findInvitation(id: string, manager: EntityManager = this.dataSource.manager): Promise<InvitationEntity | null> {
    return manager.findOneBy(InvitationEntity, { id });
  }

  /**
   * pending → `status`, only for this candidate's own invitation, and `then`
   * in the same transaction; false when nothing matched (nothing changed).
   */
  async answerInvitation(
    id: string,
    candidateProfileId: string,
    status: Exclude<InvitationStatus, 'pending'>,
    then: InTransaction<{ id: string; before: 'pending'; after: Exclude<InvitationStatus, 'pending'> }>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ status, respondedAt: () => 'now()' })
        .where('id = :id AND candidate_profile_id = :candidateProfileId AND status = :pending', {
          id,
          candidateProfileId,
          pending: 'pending',
        })
        .execute();
      if ((result.affected ?? 0) === 0) return false;
      await then(manager, { id, before: 'pending', after: status });
      return true;
    });
  }

  async invitationsOfCandidate(candidateProfileId: string, page: number, limit: number): Promise<[CandidateInvitationRow[], number]> {
    const rows: CandidateInvitationRow[] = await this.dataSource.query(
      `${CANDIDATE_INVITATION_SELECT}
        WHERE i.candidate_profile_id = $1
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $2 OFFSET $3`,
      [candidateProfileId, limit, (page - 1) * limit],
    );
    const total = await this.dataSource.manager.countBy(InvitationEntity, { candidateProfileId });
    return [rows, total];
  }

  async invitationOfCandidate(id: string, candidateProfileId: string): Promise<CandidateInvitationRow | null> {
    const rows: CandidateInvitationRow[] = await this.dataSource.query(
      `${CANDIDATE_INVITATION_SELECT} WHERE i.id = $1 AND i.candidate_profile_id = $2`,
      [id, candidateProfileId],
    );
    return rows[0] ?? null;
  }

  /** Applications to one offer, newest first, with the applicant's name and e-mail (null once erased). */
  async applicationsOfOffer(jobOfferId: string, page: number, limit: number): Promise<[OfferApplicationRow[], number]> {
    const rows: OfferApplicationRow[] = await this.dataSource.query(
      `SELECT a.id, a.message, a.created_at AS "createdAt", a.candidate_erased AS "candidateErased",
              p.id AS "profileId", p.first_name AS "firstName", p.last_name AS "lastName", u.email
         FROM applications a
         LEFT JOIN candidate_profiles p ON p.id = a.candidate_profile_id
         LEFT JOIN users u ON u.id = p.user_id
        WHERE a.job_offer_id = $1
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $2 OFFSET $3`,
      [jobOfferId, limit, (page - 1) * limit],
    );
    const total = await this.dataSource.manager.countBy(ApplicationEntity, { jobOfferId });
    return [rows, total];
  }

  /** Invitations sent for one offer, newest first; last name and e-mail only where the invitation was accepted. */
  async invitationsOfOffer(jobOfferId: string, page: number, limit: number): Promise<[OfferInvitationRow[], number]> {
    const rows: OfferInvitationRow[] = await this.dataSource.query(
      `SELECT i.id, i.status, i.message, i.created_at AS "createdAt", i.responded_at AS "respondedAt",
              i.candidate_erased AS "candidateErased", i.employer_user_id AS "employerUserId",
              p.id AS "profileId", p.first_name AS "firstName",
              CASE WHEN i.status = 'accepted' THEN p.last_name END AS "lastName",
              CASE WHEN i.status = 'accepted' THEN u.email END AS email
         FROM invitations i
         LEFT JOIN candidate_profiles p ON p.id = i.candidate_profile_id
         LEFT JOIN users u ON u.id = p.user_id
        WHERE i.job_offer_id = $1
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $2 OFFSET $3`,
      [jobOfferId, limit, (page - 1) * limit],
    );
    const total = await this.dataSource.manager.countBy(InvitationEntity, { jobOfferId });
    return [rows, total];
  }

  /** The applicant's profile id and whether staff hid it (null: the candidate has no profile). */
  async applicantProfile(userId: string): Promise<{ id: string; hiddenByStaff: boolean } | null> {
    const rows: { id: string; hiddenByStaff: boolean }[] = await this.dataSource.query(
      `SELECT id, hidden_by_staff_at IS NOT NULL AS "hiddenByStaff" FROM candidate_profiles WHERE user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** Insert, then `then` (the audit entry), in one transaction; a duplicate or a vanished profile/offer rolls it back. */
  /** Of these profiles, the ones that accepted an invitation of this employer account or applied to one of its offers. */
  async profilesConsentedTo(employerUserId: string, candidateProfileIds: string[]): Promise<string[]> {
    if (!candidateProfileIds.length) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM unnest($1::uuid[]) AS p(id)
        WHERE EXISTS (SELECT 1 FROM invitations
                       WHERE candidate_profile_id = p.id AND employer_user_id = $2 AND status = 'accepted')
           OR EXISTS (SELECT 1 FROM applications
                       WHERE candidate_profile_id = p.id AND employer_user_id = $2)`,
      [candidateProfileIds, employerUserId],
    );
    return rows.map((r) => r.id);
  }

  /** The offer, its employer and the candidate of a consent event, in the event's transaction. */
  async noticeFacts(manager: EntityManager, jobOfferId: string, candidateProfileId: string): Promise<ConsentNoticeFacts | null> {
    const rows: ConsentNoticeFacts[] = await manager.query(
      `SELECT o.id AS "offerId", o.title AS "offerTitle", e.name AS "employerName", e.user_id AS "employerUserId",
              p.user_id AS "candidateUserId", p.first_name AS "firstName", p.last_name AS "lastName", p.headline, u.email
         FROM job_offers o
         JOIN employers e ON e.id = o.employer_id
         JOIN candidate_profiles p ON p.id = $2
         JOIN users u ON u.id = p.user_id
        WHERE o.id = $1`,
      [jobOfferId, candidateProfileId],
    );
    return rows[0] ?? null;
  }

  /** The invitations and applications that concern this profile, oldest first (for the candidate's export). */
  async recordsOfCandidate(
    profileId: string,
  ): Promise<{ invitations: Record<string, unknown>[]; applications: Record<string, unknown>[] }> {
    const invitations: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, job_offer_id AS "jobOfferId", employer_user_id AS "employerUserId", message, status,
              created_at AS "createdAt", responded_at AS "respondedAt"
         FROM invitations WHERE candidate_profile_id = $1 ORDER BY created_at`,
      [profileId],
    );
    const applications: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, job_offer_id AS "jobOfferId", employer_user_id AS "employerUserId", message, created_at AS "createdAt"
         FROM applications WHERE candidate_profile_id = $1 ORDER BY created_at`,
      [profileId],
    );
    return { invitations, applications };
  }

  /**
   * Erasure in the caller's transaction: the employer's side of invitations and
   * applications stays, anonymised (no profile reference, the candidate's own
   * words removed).
   */
  async anonymiseCandidate(manager: EntityManager, profileId: string): Promise<void> {
    await manager.query(`UPDATE invitations SET candidate_profile_id = NULL, candidate_erased = true WHERE candidate_profile_id = $1`, [
      profileId,
    ]);
    await manager.query(
      `UPDATE applications SET candidate_profile_id = NULL, candidate_erased = true, message = 'erased candidate'
        WHERE candidate_profile_id = $1`,
      [profileId],
    );
  }

  private async guardedInsert<T extends InvitationEntity | ApplicationEntity>(
    entity: new () => T,
    then: InTransaction<T>,
    insert: (manager: EntityManager) => Promise<{ id: string }[]>,
  ): Promise<InsertOutcome<T>> {
    try {
      return await this.dataSource.transaction(async (manager): Promise<InsertOutcome<T>> => {
        const rows = await insert(manager);
        if (!rows.length) return { kind: 'not_inserted' };
        const row = await manager.findOneBy(entity, { id: rows[0].id } as never);
        if (!row) return { kind: 'not_inserted' };
        await then(manager, row);
        return { kind: 'created', row };
      });
    } catch (error) {
      const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
      if (code === UNIQUE_VIOLATION) return { kind: 'duplicate' };
      // The profile was erased (or the offer deleted) between the service's check and the insert.
      if (code === FOREIGN_KEY_VIOLATION) return { kind: 'not_inserted' };
      throw error;
    }
  }
}
