import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators/public.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { AutocompleteQueryDto, LanguageQueryDto } from './dto/taxonomy-query.dto';
import { AutocompleteResponse, OccupationSkillsResponse } from './dto/taxonomy.view';
import { OccupationNotFoundError } from './taxonomy.errors';
import { TaxonomyService } from './taxonomy.service';

const OCCUPATION_URI_PREFIX = 'http://data.europa.eu/esco/occupation/';

@ApiTags('taxonomy')
@Public()
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('skills')
  @ApiOperation({ summary: 'Typo-tolerant autocomplete of ESCO skills across de/en/pl/cs', description: 'Anyone.' })
  @ApiOkResponse({ type: AutocompleteResponse })
  @ApiErrors(400, 503)
  async skills(@Query() query: AutocompleteQueryDto): Promise<AutocompleteResponse> {
    return { items: await this.taxonomy.autocomplete('skill', query.q, query.lang, query.limit) };
  }

  @Get('occupations')
  @ApiOperation({ summary: 'Typo-tolerant autocomplete of ESCO occupations across de/en/pl/cs', description: 'Anyone.' })
  @ApiOkResponse({ type: AutocompleteResponse })
  @ApiErrors(400, 503)
  async occupations(@Query() query: AutocompleteQueryDto): Promise<AutocompleteResponse> {
    return { items: await this.taxonomy.autocomplete('occupation', query.q, query.lang, query.limit) };
  }

  @Get('occupations/:id/skills')
  @ApiOperation({ summary: 'Essential and optional skills of an ESCO occupation', description: 'Anyone.' })
  @ApiParam({
    name: 'id',
    description: "The occupation's ESCO UUID, or its full URI URL-encoded",
    schema: { type: 'string', maxLength: 200, example: '00030d09-2b3a-4efd-87cc-c4ea39d27c34' },
  })
  @ApiOkResponse({ type: OccupationSkillsResponse })
  @ApiErrors(400, [404, 'No such ESCO occupation'])
  occupationSkills(@Param('id') id: string, @Query() query: LanguageQueryDto): Promise<OccupationSkillsResponse> {
    const uri = id.startsWith('http') ? id : `${OCCUPATION_URI_PREFIX}${id}`;
    if (!/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/.test(uri)) throw new OccupationNotFoundError();
    return this.taxonomy.occupationSkills(uri, query.lang);
  }
}
