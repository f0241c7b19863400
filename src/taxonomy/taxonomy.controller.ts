import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators/public.decorator';
import { AutocompleteQueryDto, LanguageQueryDto } from './dto/taxonomy-query.dto';
import { OccupationNotFoundError } from './taxonomy.errors';
import { TaxonomyService } from './taxonomy.service';

const OCCUPATION_URI_PREFIX = 'http://data.europa.eu/esco/occupation/';

@ApiTags('taxonomy')
@Public()
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('skills')
  @ApiOperation({ summary: 'Typo-tolerant autocomplete of ESCO skills across de/en/pl/cs' })
  async skills(@Query() query: AutocompleteQueryDto) {
    return { items: await this.taxonomy.autocomplete('skill', query.q, query.lang, query.limit) };
  }

  @Get('occupations')
  @ApiOperation({ summary: 'Typo-tolerant autocomplete of ESCO occupations across de/en/pl/cs' })
  async occupations(@Query() query: AutocompleteQueryDto) {
    return { items: await this.taxonomy.autocomplete('occupation', query.q, query.lang, query.limit) };
  }

  /** `:id` is the occupation's ESCO UUID, or its full URI URL-encoded. */
  @Get('occupations/:id/skills')
  @ApiOperation({ summary: 'Essential and optional skills of an ESCO occupation' })
  occupationSkills(@Param('id') id: string, @Query() query: LanguageQueryDto) {
    const uri = id.startsWith('http') ? id : `${OCCUPATION_URI_PREFIX}${id}`;
    if (!/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/.test(uri)) throw new OccupationNotFoundError();
    return this.taxonomy.occupationSkills(uri, query.lang);
  }
}
