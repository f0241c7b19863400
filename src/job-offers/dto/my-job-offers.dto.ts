import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination';
import type { TaxonomyLanguage } from '../../taxonomy/entities/esco-label.entity';
import { ShownLanguage } from '../../taxonomy/dto/taxonomy-query.dto';
import { JOB_OFFER_STATUSES, type JobOfferStatus } from '../entities/job-offer.entity';

export class MyJobOffersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: JOB_OFFER_STATUSES })
  @IsOptional()
  @IsIn(JOB_OFFER_STATUSES, { message: `status must be one of: ${JOB_OFFER_STATUSES.join(', ')}` })
  status?: JobOfferStatus;

  @ShownLanguage()
  lang: TaxonomyLanguage = 'en';
}
