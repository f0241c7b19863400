import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ApiEnum, ApiText, ApiUuid } from '../../common/http/api-schema';
import { Omittable } from '../../common/http/dto-decorators';
import { MAIL_LANGUAGES, type MailLanguage } from '../../mail/outgoing-mail';
import { IsNotCommonPassword } from '../common-passwords';
import { ROLES, type Role } from '../role';

export const languageMessage = `language must be one of: ${MAIL_LANGUAGES.join(', ')}`;

export class NotificationSettingsDto {
  @ApiProperty({ type: Boolean, description: 'Whether notifications are also mailed (security mails are always sent)' })
  email!: boolean;
}

/** The signed-in account (`GET /auth/me`), also the `user` of a sign-up or sign-in. */
export class AccountDto {
  @ApiUuid()
  id!: string;

  @ApiProperty({ type: String, format: 'email', maxLength: 254, description: 'In lower case' })
  email!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role!: Role;

  @ApiProperty({ type: Boolean, description: 'Whether the owner followed the link of the verification mail (or of a password reset)' })
  emailVerified!: boolean;

  @ApiEnum(MAIL_LANGUAGES, 'AccountLanguage', { description: 'The language of the account’s mails' })
  language!: MailLanguage;

  @ApiProperty({ type: NotificationSettingsDto })
  notifications!: NotificationSettingsDto;
}

export function toAccountDto(user: {
  id: string;
  email: string;
  role: Role;
  emailVerifiedAt: Date | null;
  language: MailLanguage;
  emailNotifications: boolean;
}): AccountDto {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    language: user.language,
    notifications: { email: user.emailNotifications },
  };
}

export class NotificationSettingsPatchDto {
  @ApiProperty({ type: Boolean, required: false })
  @Omittable()
  @IsBoolean({ message: 'notifications.email must be a boolean' })
  email?: boolean;
}

export class UpdateAccountDto {
  @ApiEnum(MAIL_LANGUAGES, 'AccountLanguage', { required: false })
  @Omittable()
  @IsIn(MAIL_LANGUAGES, { message: languageMessage })
  language?: MailLanguage;

  @ApiProperty({ type: NotificationSettingsPatchDto, required: false })
  @Omittable()
  @ValidateNested()
  @Type(() => NotificationSettingsPatchDto)
  notifications?: NotificationSettingsPatchDto;
}

/** A token from a mailed link: random, 43 URL-safe characters (longer input is refused, shorter is just unknown). */
const AccountLinkToken = () => (target: object, key: string) => {
  ApiText(128, { description: 'The `token` query parameter of the link in the mail' })(target, key);
  IsString({ message: 'token must be a string' })(target, key);
  IsNotEmpty({ message: 'token must not be empty' })(target, key);
  MaxLength(128, { message: 'token is unknown, already used or expired' })(target, key);
};

export class VerifyEmailDto {
  @AccountLinkToken()
  token!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 254, example: 'olena.kovalenko@example.org' })
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email!: string;
}

/** A password someone chooses: 12–256 characters and not on the list of common passwords. */
export const NewPassword = (field: string) => (target: object, key: string) => {
  ApiProperty({ type: String, format: 'password', minLength: 12, maxLength: 256 })(target, key);
  IsString()(target, key);
  MinLength(12, { message: `${field} must be at least 12 characters long` })(target, key);
  MaxLength(256, { message: `${field} must be at most 256 characters long` })(target, key);
  IsNotCommonPassword(field)(target, key);
};

export class PasswordResetConfirmDto {
  @AccountLinkToken()
  token!: string;

  @NewPassword('password')
  password!: string;
}

export class ChangePasswordDto {
  @ApiProperty({ type: String, format: 'password', minLength: 1, maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  @NewPassword('newPassword')
  newPassword!: string;
}

export class PasswordResetAcceptedDto {
  @ApiText(300, { description: 'The same words whether or not an account has this e-mail address' })
  message!: string;
}

export class AccessTokenDto {
  @ApiProperty({
    type: String,
    maxLength: 2048,
    pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
    description: 'A new JWT (HS256) for this session; every other session of the account has ended',
  })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 60, maximum: 604_800, description: 'Lifetime of the access token in seconds' })
  expiresIn!: number;
}
