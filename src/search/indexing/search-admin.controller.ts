import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/decorators/roles.decorator';
import { ApiErrors } from '../../common/http/api-error-responses';
import { ReindexResponse, ReindexResult } from './reindex.view';
import { SearchReindexerService } from './search-reindexer.service';

@ApiTags('search')
@Controller('search')
export class SearchAdminController {
  constructor(private readonly reindexer: SearchReindexerService) {}

  /** Rebuilds every index from PostgreSQL and swaps it in (same as `npm run search:reindex`). */
  @Post('reindex')
  @HttpCode(200)
  @Roles('staff')
  @ApiOperation({
    summary: 'Rebuild every search index from PostgreSQL and swap it in',
    description: 'Staff. The same as `npm run search:reindex`; search keeps answering from the old index meanwhile.',
  })
  @ApiExtraModels(ReindexResult)
  @ApiOkResponse({ type: ReindexResponse })
  @ApiErrors(503)
  async reindex(): Promise<ReindexResponse> {
    return { indexes: await this.reindexer.reindex() };
  }
}
