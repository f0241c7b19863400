import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../role';

export class UserDto {
  @ApiProperty({ type: String, format: 'uuid', maxLength: 36 })
  id!: string;

  @ApiProperty({ type: String, format: 'email', maxLength: 254, description: 'In lower case' })
  email!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role!: Role;
}

export class AuthResponseDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

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

export function toUserDto(user: { id: string; email: string; role: Role }): UserDto {
  return { id: user.id, email: user.email, role: user.role };
}
