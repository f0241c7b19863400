import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { EmailTakenError, InvalidCredentialsError } from './auth.errors';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthResponseDto, toUserDto } from './dto/user.dto';
import { PasswordHasher } from './password-hasher';
import type { Role } from './role';
import { TokenService } from './token.service';
import { UsersRepository } from './users.repository';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async register(input: { email: string; password: string; role: Exclude<Role, 'staff'> }): Promise<AuthResponseDto> {
    if (await this.users.findByEmail(input.email)) throw new EmailTakenError();
    const user = await this.users.create({
      email: input.email,
      role: input.role,
      passwordHash: await this.hasher.hash(input.password),
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

  me(user: AuthenticatedUser) {
    return toUserDto(user);
  }

  /** Creates the configured staff account, or keeps it (its password follows the configuration). */
  async ensureStaffAccount(): Promise<void> {
    const staff = this.config.get('staffAccount', { infer: true });
    if (!staff) return;
    const email = staff.email.trim().toLowerCase();
    const existing = await this.users.findByEmail(email);
    if (!existing) {
      await this.users.create({ email, role: 'staff', passwordHash: await this.hasher.hash(staff.password) });
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

  private async session(user: { id: string; email: string; role: Role }): Promise<AuthResponseDto> {
    return {
      user: toUserDto(user),
      accessToken: await this.tokens.issue(user.id, user.role),
      tokenType: 'Bearer',
      expiresIn: this.config.get('jwtExpiresInSeconds', { infer: true }),
    };
  }
}
