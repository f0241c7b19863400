import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { ApiEnum } from '../../common/http/api-schema';
import { MAIL_LANGUAGES, type MailLanguage } from '../../mail/outgoing-mail';
import { languageMessage, NewPassword } from './account.dto';
import { SELF_REGISTERABLE_ROLES } from '../role';

export const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class RegisterDto {
  @ApiProperty({ type: String, format: 'email', maxLength: 254, example: 'olena.kovalenko@example.org' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @NewPassword('password')
  password!: string;

  @ApiProperty({ enum: SELF_REGISTERABLE_ROLES, enumName: 'SelfRegisterableRole' })
  @IsIn(SELF_REGISTERABLE_ROLES, { message: `role must be one of: ${SELF_REGISTERABLE_ROLES.join(', ')}` })
  role!: (typeof SELF_REGISTERABLE_ROLES)[number];

  @ApiEnum(MAIL_LANGUAGES, 'AccountLanguage', {
    required: false,
    description: 'Language of the account’s mails; default: the best match of `Accept-Language`, else `en`',
  })
  @IsOptional()
  @IsIn(MAIL_LANGUAGES, { message: languageMessage })
  language?: MailLanguage;
}
