import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { ACCOUNT_THROTTLER, accountTracker, CLIENT_THROTTLER } from './auth-throttling';
import { PostgresThrottlerStorage } from './throttling/postgres-throttler.storage';
import { ThrottlerStorageModule } from './throttling/throttler-storage.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { AccountMailsService } from './account-mails.service';
import { AccountTokensRepository } from './account-tokens.repository';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { MailModule } from '../mail/mail.module';
import { AccountTokenEntity } from './entities/account-token.entity';
import { RevokedAccessTokenEntity } from './entities/revoked-access-token.entity';
import { SessionsRepository } from './sessions.repository';
import { UsersService } from './users.service';
import { AuthService } from './auth.service';
import { UserEntity } from './entities/user.entity';
import { AccessTokenGuard } from './guards/access-token.guard';
import { RolesGuard } from './guards/roles.guard';
import { PasswordHasher } from './password-hasher';
import { StaffAccountInitializer } from './staff-account.initializer';
import { JWT_ALGORITHM, TokenService } from './token.service';
import { UsersRepository } from './users.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, AccountTokenEntity, RevokedAccessTokenEntity]),
    MailModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        // A KeyObject, made once: given a string, jsonwebtoken first tries it as a PEM public key on every
        // verify (createPublicKey throws, then createSecretKey) — measured as 7 % of the CPU of an authenticated search.
        secret: createSecretKey(Buffer.from(config.get('jwtSecret', { infer: true }))),
        signOptions: { algorithm: JWT_ALGORITHM, expiresIn: config.get('jwtExpiresInSeconds', { infer: true }) },
        verifyOptions: { algorithms: [JWT_ALGORITHM] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      imports: [ThrottlerStorageModule],
      inject: [ConfigService, PostgresThrottlerStorage],
      useFactory: (config: ConfigService<AppConfig, true>, storage: PostgresThrottlerStorage) => ({
        // Counters in PostgreSQL, shared by every app instance (docs/running-at-scale.md).
        storage,
        throttlers: [
          // Password guessing on one account: counted per client address and e-mail, so one client's
          // failed logins do not lock anyone else out, and many different users may sign in from one address.
          {
            name: ACCOUNT_THROTTLER,
            ttl: 60_000,
            limit: config.get('authRateLimitPerMinute', { infer: true }),
            getTracker: accountTracker,
          },
          // Everything one client address does on the anonymous auth routes together, whatever the account.
          {
            name: CLIENT_THROTTLER,
            ttl: 60_000,
            limit: config.get('authClientRateLimitPerMinute', { infer: true }),
            generateKey: (_context, tracker, name) => `${name}:${tracker}`,
          },
        ],
      }),
    }),
  ],
  controllers: [AuthController, AccountController],
  providers: [
    AuthService,
    AccountService,
    AccountMailsService,
    UsersRepository,
    UsersService,
    AccountTokensRepository,
    SessionsRepository,
    PasswordHasher,
    TokenService,
    StaffAccountInitializer,
    // Order matters: who you are first, then whether your role may.
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [UsersRepository, UsersService],
})
export class AuthModule {}
