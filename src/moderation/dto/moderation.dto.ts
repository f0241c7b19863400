import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination';
import { trim } from '../../employers/dto/upsert-employer.dto';

export const QUEUE_TYPES = ['job_offer', 'employer'] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

export class QueueQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: QUEUE_TYPES, description: 'Without it: both kinds, oldest first' })
  @IsOptional()
  @IsIn(QUEUE_TYPES, { message: `type must be one of: ${QUEUE_TYPES.join(', ')}` })
  type?: QueueType;
}

export class OfferDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'], { message: 'decision must be approve or reject' })
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'Required to reject; shown to the employer', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class EmployerDecisionDto {
  @ApiProperty({ enum: ['verify', 'reject'] })
  @IsIn(['verify', 'reject'], { message: 'decision must be verify or reject' })
  decision!: 'verify' | 'reject';

  @ApiPropertyOptional({ description: 'Required to reject; shown to the employer', maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class AuditLogQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ example: 'job_offer' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId?: string;
}
