import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../role';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;
}

export class AuthResponseDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

  @ApiProperty({ description: 'JWT (HS256); send as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Lifetime of the access token in seconds' })
  expiresIn!: number;
}

export function toUserDto(user: { id: string; email: string; role: Role }): UserDto {
  return { id: user.id, email: user.email, role: user.role };
}
