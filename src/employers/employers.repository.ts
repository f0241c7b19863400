import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EmployerEntity, VerificationStatus } from './entities/employer.entity';

export type EmployerFields = Pick<
  EmployerEntity,
  'name' | 'website' | 'city' | 'postalCode' | 'industry' | 'size' | 'description' | 'registrationNumber'
>;

export interface EmployerStatusChange {
  verificationStatus: VerificationStatus;
  rejectionReason: string | null;
  /** Set when the organisation (re-)enters the verification queue. */
  resubmitted?: boolean;
  verifiedAt?: Date | null;
}

/** Queries over employers. Owner-scoped reads take the owning user id. */
@Injectable()
export class EmployersRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findByUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<EmployerEntity | null> {
    return manager.findOne(EmployerEntity, { where: { userId } });
  }

  /** Locks the row for the rest of the transaction (decisions and edits do not interleave). */
  findByUserForUpdate(manager: EntityManager, userId: string): Promise<EmployerEntity | null> {
    return manager.findOne(EmployerEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EmployerEntity | null> {
    return manager.findOne(EmployerEntity, { where: { id } });
  }

  findByIdForUpdate(manager: EntityManager, id: string): Promise<EmployerEntity | null> {
    return manager.findOne(EmployerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async create(manager: EntityManager, userId: string, fields: EmployerFields): Promise<EmployerEntity> {
    const saved = await manager.save(manager.create(EmployerEntity, { ...fields, userId, verificationStatus: 'pending' }));
    return (await this.findById(saved.id, manager))!;
  }

  /**
   * Replaces the fields (and status, if given) of the locked row and bumps
   * the version; the caller has checked the version under the lock.
   */
  async replace(manager: EntityManager, id: string, fields: EmployerFields, status: EmployerStatusChange | null): Promise<EmployerEntity> {
    await manager
      .createQueryBuilder()
      .update(EmployerEntity)
      .set({
        ...fields,
        ...(status
          ? {
              verificationStatus: status.verificationStatus,
              rejectionReason: status.rejectionReason,
              ...(status.resubmitted ? { submittedAt: () => 'now()' } : {}),
              ...(status.verifiedAt !== undefined ? { verifiedAt: status.verifiedAt } : {}),
            }
          : {}),
      })
      .where('id = :id', { id })
      .execute();
    return (await this.findById(id, manager))!;
  }

  async setStatus(manager: EntityManager, id: string, status: EmployerStatusChange): Promise<EmployerEntity> {
    await manager
      .createQueryBuilder()
      .update(EmployerEntity)
      .set({
        verificationStatus: status.verificationStatus,
        rejectionReason: status.rejectionReason,
        ...(status.verifiedAt !== undefined ? { verifiedAt: status.verifiedAt } : {}),
      })
      .where('id = :id', { id })
      .execute();
    return (await this.findById(id, manager))!;
  }

  /** The verification queue, oldest submission first. */
  listPending(page: number, limit: number): Promise<[EmployerEntity[], number]> {
    return this.dataSource.getRepository(EmployerEntity).findAndCount({
      where: { verificationStatus: 'pending' },
      // The owner's account: staff see whether its e-mail address is confirmed.
      relations: { user: true },
      order: { submittedAt: 'ASC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }
}
