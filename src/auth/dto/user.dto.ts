import { ApiProperty } from '@nestjs/swagger';
import { AccountDto } from './account.dto';

export class AuthResponseDto {
  @ApiProperty({ type: AccountDto, description: 'The account (the same as `GET /auth/me`)' })
  user!: AccountDto;

  @ApiProperty({
    type: String,
    maxLength: 2048,
    pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
    description: 'JWT (HS256); send as `Authorization: Bearer <accessToken>`',
  })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 60, maximum: 604_800, description: 'Lifetime of the access token in seconds' })
  expiresIn!: number;
}
