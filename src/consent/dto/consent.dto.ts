import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { trimText } from '../../common/http/dto-decorators';

export const MESSAGE_MAX_LENGTH = 2000;

export class CreateInvitationDto {
  @ApiProperty({ type: String, format: 'uuid', maxLength: 36, description: 'The candidate profile id, as search and matches show it' })
  @IsUUID('all', { message: 'candidateId must be a profile id (UUID)' })
  candidateId!: string;

  @ApiProperty({ type: String, description: 'Shown to the candidate', maxLength: MESSAGE_MAX_LENGTH })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty({ message: 'message must not be empty' })
  @MaxLength(MESSAGE_MAX_LENGTH)
  message!: string;
}

export class CreateApplicationDto {
  @ApiProperty({ type: String, description: 'Shown to the employer', maxLength: MESSAGE_MAX_LENGTH })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty({ message: 'message must not be empty' })
  @MaxLength(MESSAGE_MAX_LENGTH)
  message!: string;
}
