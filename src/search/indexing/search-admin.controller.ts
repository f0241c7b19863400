import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/decorators/roles.decorator';
import { ReindexResult, SearchReindexerService } from './search-reindexer.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchAdminController {
  constructor(private readonly reindexer: SearchReindexerService) {}

  /** Rebuilds every index from PostgreSQL and swaps it in (same as `npm run search:reindex`). */
  @Post('reindex')
  @HttpCode(200)
  @Roles('staff')
  async reindex(): Promise<{ indexes: Record<string, ReindexResult> }> {
    return { indexes: await this.reindexer.reindex() };
  }
}
