import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination';
import { DecisionReason, OneOf } from '../../common/http/dto-decorators';

export const QUEUE_TYPES = ['job_offer', 'employer'] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

export class QueueQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: QUEUE_TYPES, description: 'Without it: both kinds, oldest first' })
  @IsOptional()
  @IsIn(QUEUE_TYPES, { message: `type must be one of: ${QUEUE_TYPES.join(', ')}` })
  type?: QueueType;
}

export class OfferDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'], enumName: 'OfferDecision' })
  @OneOf('decision', ['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ type: String, description: 'Required to reject; shown to the employer', maxLength: 2000 })
  @DecisionReason()
  reason?: string;
}

export class EmployerDecisionDto {
  @ApiProperty({ enum: ['verify', 'reject'], enumName: 'EmployerDecision' })
  @OneOf('decision', ['verify', 'reject'])
  decision!: 'verify' | 'reject';

  @ApiPropertyOptional({ type: String, description: 'Required to reject; shown to the employer', maxLength: 2000 })
  @DecisionReason()
  reason?: string;
}

export class AuditLogQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ type: String, maxLength: 32, example: 'job_offer' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  entityType?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', maxLength: 36 })
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId?: string;
}
