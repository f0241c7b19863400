import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutboxService } from '../mail/mail.module';
import type { MailLanguage } from '../mail/outgoing-mail';
import type { Role } from './role';
import { UsersRepository } from './users.repository';

/** How to reach an account, for features that notify people. */
export interface UserContact {
  id: string;
  email: string;
  role: Role;
  language: MailLanguage;
  /** Whether the owner wants notifications mailed (security mails ignore it). */
  emailNotifications: boolean;
}

/** What other features may ask of accounts. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly mail: MailOutboxService,
  ) {}

  /** The contact of an account, or null when it no longer exists; pass the caller's manager inside a transaction. */
  async findContactById(userId: string, manager?: EntityManager): Promise<UserContact | null> {
    const user = await this.users.findById(userId, manager);
    return user
      ? { id: user.id, email: user.email, role: user.role, language: user.language, emailNotifications: user.emailNotifications }
      : null;
  }

  /** Erasure of a candidate account in the caller's transaction, with every mail to it (sent or waiting). */
  async eraseCandidateAccount(manager: EntityManager, userId: string): Promise<void> {
    await this.mail.forgetRecipient(manager, userId);
    await this.users.deleteCandidate(manager, userId);
  }
}
