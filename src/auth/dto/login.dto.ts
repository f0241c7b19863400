import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { normaliseEmail } from './register.dto';

export class LoginDto {
  @ApiProperty()
  @Transform(normaliseEmail)
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}
