import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { OneOf, trimText } from '../../common/http/dto-decorators';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const CANDIDATE_DECISIONS = ['hide', 'restore'] as const;
export type CandidateDecision = (typeof CANDIDATE_DECISIONS)[number];

export class CandidateDecisionDto {
  @ApiProperty({ enum: CANDIDATE_DECISIONS, enumName: 'CandidateDecision' })
  @OneOf('decision', CANDIDATE_DECISIONS)
  decision!: CandidateDecision;

  @ApiProperty({ type: String, maxLength: 2000, description: 'Why (required); kept in the audit log' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
