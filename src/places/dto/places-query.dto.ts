import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class PlacesQueryDto {
  @ApiPropertyOptional({
    type: String,
    maxLength: 100,
    description: 'What the user typed so far: a municipality name (typos tolerated) or the start of its 8-digit AGS',
    example: 'frei',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q = '';

  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;
}
