import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError, Repository } from 'typeorm';
import type { MailLanguage } from '../mail/outgoing-mail';
import { UserEntity } from './entities/user.entity';
import type { Role } from './role';

const UNIQUE_VIOLATION = '23505';

export interface NewUser {
  email: string;
  role: Role;
  passwordHash: string;
  language?: MailLanguage;
  emailVerifiedAt?: Date | null;
}

@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly dataSource: DataSource,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ id });
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ email });
  }

  /** Returns null when the e-mail is taken (also when two sign-ups race). */
  async create(user: NewUser, manager?: EntityManager): Promise<UserEntity | null> {
    const row = this.users.create({ ...user, lastLoginAt: new Date() });
    try {
      // Inside the caller's transaction as a savepoint, so a unique violation leaves that transaction usable.
      return await (manager ? manager.transaction((inner) => inner.getRepository(UserEntity).save(row)) : this.users.save(row));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        return null;
      }
      throw error;
    }
  }

  /** Erasure of a candidate account in the caller's transaction (its profile goes with it, ON DELETE CASCADE). */
  async deleteCandidate(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(UserEntity, { id, role: 'candidate' });
  }

  async recordLogin(id: string, at: Date): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: at });
  }

  /** A rehash of the same password (stronger parameters): the sessions stay. */
  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash });
  }

  /** A new password: bumps the token generation, so every access token issued before stops working. Returns the new generation. */
  async replacePassword(manager: EntityManager, id: string, passwordHash: string): Promise<number> {
    // An UPDATE answers [rows, count].
    const [rows] = (await manager.query(
      `UPDATE users SET password_hash = $2, token_generation = token_generation + 1, updated_at = now(), version = version + 1
        WHERE id = $1 RETURNING token_generation AS "tokenGeneration"`,
      [id, passwordHash],
    )) as [{ tokenGeneration: number }[], number];
    return rows[0].tokenGeneration;
  }

  /** Sets the verification time unless it is set already. */
  async markEmailVerified(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE users SET email_verified_at = now(), updated_at = now() WHERE id = $1 AND email_verified_at IS NULL`, [id]);
  }

  async updateSettings(id: string, settings: { language?: MailLanguage; emailNotifications?: boolean }): Promise<void> {
    const changes = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length) await this.users.update({ id }, changes);
  }
}
