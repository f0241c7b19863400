import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import type { MailLanguage } from '../mail/outgoing-mail';
import { AccountMailsService } from './account-mails.service';
import { EmailTakenError, InvalidCredentialsError } from './auth.errors';
import { toAccountDto } from './dto/account.dto';
import { AuthResponseDto } from './dto/user.dto';
import type { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { preferredLanguage } from './preferred-language';
import type { Role } from './role';
import { TokenService } from './token.service';
import { UsersRepository } from './users.repository';

export interface Registration {
  email: string;
  password: string;
  role: Exclude<Role, 'staff'>;
  /** The language of the account's mails; without it, the best match of `acceptLanguage`, else English. */
  language?: MailLanguage;
  acceptLanguage?: string;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly mails: AccountMailsService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /**
   * A new account and its verification mail, in one transaction. `verified`
   * (the demo seed only) makes an account whose address counts as confirmed, with no mail.
   */
  async register(input: Registration, options: { verified?: boolean } = {}): Promise<AuthResponseDto> {
    if (await this.users.findByEmail(input.email)) throw new EmailTakenError();
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.users.transaction(async (manager) => {
      const created = await this.users.create(
        {
          email: input.email,
          role: input.role,
          passwordHash,
          language: input.language ?? preferredLanguage(input.acceptLanguage),
          emailVerifiedAt: options.verified ? new Date() : null,
        },
        manager,
      );
      if (created && !options.verified) await this.mails.sendVerification(manager, created);
      return created;
    });
    if (!user) throw new EmailTakenError();
    return this.session(user);
  }

  async login(input: { email: string; password: string }): Promise<AuthResponseDto> {
    const user = await this.users.findByEmail(input.email);
    const valid = user ? await this.hasher.verify(user.passwordHash, input.password) : await this.hasher.verifyDecoy(input.password);
    if (!user || !valid) throw new InvalidCredentialsError();
    const now = new Date();
    await this.users.recordLogin(user.id, now);
    if (this.hasher.needsRehash(user.passwordHash)) {
      await this.users.updatePasswordHash(user.id, await this.hasher.hash(input.password));
    }
    return this.session(user);
  }

  /** Creates the configured staff account, or keeps it (its password follows the configuration). */
  async ensureStaffAccount(): Promise<void> {
    const staff = this.config.get('staffAccount', { infer: true });
    if (!staff) return;
    const email = staff.email.trim().toLowerCase();
    const existing = await this.users.findByEmail(email);
    if (!existing) {
      // The operator configured this address: it counts as confirmed.
      await this.users.create({ email, role: 'staff', passwordHash: await this.hasher.hash(staff.password), emailVerifiedAt: new Date() });
      this.logger.log(`Created staff account ${email}`);
      return;
    }
    if (existing.role !== 'staff') {
      this.logger.error(`STAFF_EMAIL ${email} belongs to a ${existing.role} account; it was not made staff`);
      return;
    }
    if (!(await this.hasher.verify(existing.passwordHash, staff.password))) {
      await this.users.updatePasswordHash(existing.id, await this.hasher.hash(staff.password));
    }
  }

  private async session(user: UserEntity): Promise<AuthResponseDto> {
    return {
      user: toAccountDto(user),
      accessToken: await this.tokens.issue(user.id, user.role, user.tokenGeneration),
      tokenType: 'Bearer',
      expiresIn: this.config.get('jwtExpiresInSeconds', { infer: true }),
    };
  }
}
