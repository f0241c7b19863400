import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/decorators/roles.decorator';
import { ApiErrors } from '../../common/http/api-error-responses';
import { ReindexResponse, ReindexResult } from './reindex.view';
import { SearchReindexerService } from './search-reindexer.service';
import { SearchVerifierService } from './search-verifier.service';
import { VerifyResponse, VerifyResult } from './verify.view';

@ApiTags('search')
@Controller('search')
export class SearchAdminController {
  constructor(
    private readonly reindexer: SearchReindexerService,
    private readonly verifier: SearchVerifierService,
  ) {}

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

  /** Compares every index with PostgreSQL by id (same as `npm run search:verify`); changes nothing. */
  @Get('verify')
  @Roles('staff')
  @ApiOperation({
    summary: 'Compare every search index with PostgreSQL by id',
    description:
      'Staff. The same as `npm run search:verify`: per index, the ids PostgreSQL says belong in it that the index lacks ' +
      '(`missing`) and the ids the index holds that do not belong (`unexpected`). Read-only; `POST /search/reindex` repairs.',
  })
  @ApiExtraModels(VerifyResult)
  @ApiOkResponse({ type: VerifyResponse })
  @ApiErrors(503)
  async verify(): Promise<VerifyResponse> {
    const indexes = await this.verifier.verify();
    return { inSync: Object.values(indexes).every((r) => r.inSync), indexes };
  }
}
