import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import type { MailLanguage } from '../mail/outgoing-mail';
import { AccountMailsService, hashLinkToken, newLinkToken } from './account-mails.service';
import { AccountTokensRepository } from './account-tokens.repository';
import { InvalidAccountLinkError, InvalidTokenError, WrongCurrentPasswordError } from './auth.errors';
import type { AuthenticatedUser, SessionToken } from './authenticated-user';
import { type AccessTokenDto, type AccountDto, type PasswordResetAcceptedDto, toAccountDto } from './dto/account.dto';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';
import { TokenService } from './token.service';
import { UsersRepository } from './users.repository';

export const PASSWORD_RESET_ACCEPTED: PasswordResetAcceptedDto = {
  message: 'If an account has this e-mail address, a link to choose a new password is on its way. It works once, for one hour.',
};

/** The account's own settings, its e-mail verification, password reset and change, and signing out. */
@Injectable()
export class AccountService implements OnModuleDestroy {
  private readonly logger = new Logger(AccountService.name);
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly users: UsersRepository,
    private readonly linkTokens: AccountTokensRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly mails: AccountMailsService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async me(caller: AuthenticatedUser): Promise<AccountDto> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new InvalidTokenError(); // erased since the guard read it
    return toAccountDto(user);
  }

  async updateSettings(
    caller: AuthenticatedUser,
    patch: { language?: MailLanguage; notifications?: { email?: boolean } },
  ): Promise<AccountDto> {
    await this.users.updateSettings(caller.id, { language: patch.language, emailNotifications: patch.notifications?.email });
    return this.me(caller);
  }

  /** Follows the link of a verification mail: the address is confirmed, and every verification link is used up. */
  async verifyEmail(token: string): Promise<void> {
    await this.users.transaction(async (manager) => {
      const userId = await this.linkTokens.consume(manager, 'verify_email', hashLinkToken(token));
      if (!userId) throw new InvalidAccountLinkError();
      await this.users.markEmailVerified(manager, userId);
      await this.linkTokens.useUpAll(manager, userId, 'verify_email');
    });
  }

  /** Sends the verification mail again; nothing to do for a confirmed address. */
  async resendVerification(caller: AuthenticatedUser): Promise<void> {
    await this.users.transaction(async (manager) => {
      const user = await this.users.findById(caller.id, manager);
      if (!user) throw new InvalidTokenError(); // erased since the guard read it
      if (!user.emailVerifiedAt) await this.mails.sendVerification(manager, user);
    });
  }

  /**
   * Mails a reset link if the account exists. The answer is the same either
   * way, and so is its timing: the token is made and hashed for an unknown
   * address too, and the lookup and the writes for a known one (measured
   * 5–25 ms more) happen after the answer, so its time tells nothing.
   * A process that dies in those milliseconds sends no mail; the person asks again.
   */
  requestPasswordReset(email: string): PasswordResetAcceptedDto {
    const link = newLinkToken();
    const work = this.sendResetIfAccountExists(email.trim().toLowerCase(), link)
      .catch((error: Error) => this.logger.error(`Password reset request failed: ${error.message}`))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
    return PASSWORD_RESET_ACCEPTED;
  }

  /** Lets reset requests still running finish before the database pool closes. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private async sendResetIfAccountExists(email: string, link: { token: string; hash: string }): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (user) await this.users.transaction((manager) => this.mails.sendPasswordReset(manager, user, link));
  }

  /**
   * Sets the new password from a reset link. Every access token issued before
   * stops working (token generation), every other reset link too; the address
   * counts as confirmed (the link reached it).
   */
  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    await this.users.transaction(async (manager) => {
      const userId = await this.linkTokens.consume(manager, 'password_reset', hashLinkToken(token));
      if (!userId) throw new InvalidAccountLinkError();
      const generation = await this.users.replacePassword(manager, userId, passwordHash);
      await this.linkTokens.useUpAll(manager, userId, 'password_reset');
      await this.users.markEmailVerified(manager, userId);
      const user = (await this.users.findById(userId, manager))!;
      await this.mails.sendPasswordChanged(manager, user, generation);
    });
  }

  /** A new password for a signed-in account: every other session ends; this one continues with the new token. */
  async changePassword(caller: AuthenticatedUser, currentPassword: string, newPassword: string): Promise<AccessTokenDto> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new InvalidTokenError(); // erased since the guard read it
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw new WrongCurrentPasswordError();
    const passwordHash = await this.hasher.hash(newPassword);
    const generation = await this.users.transaction(async (manager) => {
      const next = await this.users.replacePassword(manager, user.id, passwordHash);
      await this.linkTokens.useUpAll(manager, user.id, 'password_reset');
      await this.mails.sendPasswordChanged(manager, user, next);
      return next;
    });
    return {
      accessToken: await this.tokens.issue(user.id, user.role, generation),
      tokenType: 'Bearer',
      expiresIn: this.config.get('jwtExpiresInSeconds', { infer: true }),
    };
  }

  /** Signs this token out, on every instance; the account's other sessions stay. */
  async logout(caller: AuthenticatedUser, session: SessionToken): Promise<void> {
    await this.sessions.revoke(session.tokenId, caller.id, session.expiresAt);
  }
}
