import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, QueryFailedError, Repository } from 'typeorm';
import { UserEntity } from './entities/user.entity';
import type { Role } from './role';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  /** Returns null when the e-mail is taken (also when two sign-ups race). */
  async create(user: { email: string; role: Role; passwordHash: string }): Promise<UserEntity | null> {
    try {
      return await this.users.save(this.users.create({ ...user, lastLoginAt: new Date() }));
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

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash });
  }
}
