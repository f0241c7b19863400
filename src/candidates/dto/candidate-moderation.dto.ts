import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const CANDIDATE_DECISIONS = ['hide', 'restore'] as const;
export type CandidateDecision = (typeof CANDIDATE_DECISIONS)[number];

export class CandidateDecisionDto {
  @ApiProperty({ enum: CANDIDATE_DECISIONS })
  @IsIn(CANDIDATE_DECISIONS, { message: `decision must be one of ${CANDIDATE_DECISIONS.join(', ')}` })
  decision!: CandidateDecision;

  @ApiProperty({ maxLength: 2000 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
