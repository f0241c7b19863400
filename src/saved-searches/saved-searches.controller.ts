import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiPagedResponse, Page, PaginationQueryDto } from '../common/http/pagination';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { CreateSavedSearchDto } from './dto/saved-search.dto';
import { SavedSearchView } from './dto/saved-search.view';
import { SavedSearchesService } from './saved-searches.service';

@ApiTags('saved-searches')
@Controller('saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearchesService) {}

  @Post()
  @Roles('candidate', 'employer')
  @ApiOperation({
    summary: 'Save a search, with an alert setting',
    description:
      'Candidates save job searches (`kind: "job_offers"`), verified employers candidate searches (`kind: "candidates"`). ' +
      '`query` takes the search route’s parameters and is checked by its rules. What the search finds now counts as seen: alerts report what is new.',
  })
  @ApiCreatedResponse({ type: SavedSearchView, description: 'The saved search' })
  @ApiErrors(
    [400, 'A bad field or search parameter (named, e.g. `query.minSalary`), or the wrong kind for your account'],
    [403, 'Your organisation is not verified'],
    [409, 'You keep the most saved searches an account may have'],
    [503, 'Search is unavailable right now'],
  )
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateSavedSearchDto): Promise<SavedSearchView> {
    return this.savedSearches.create(user, body);
  }

  @Get()
  @Roles('candidate', 'employer')
  @ApiOperation({ summary: 'Your saved searches, newest first', description: 'Candidates and employers.' })
  @ApiPagedResponse(SavedSearchView)
  @ApiErrors(400)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: PaginationQueryDto): Promise<Page<SavedSearchView>> {
    return this.savedSearches.list(user, query.page, query.limit);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('candidate', 'employer')
  @ApiOperation({ summary: 'Delete one of your saved searches (its alerts stop)', description: 'The owner; anyone else gets 404.' })
  @ApiIdParam('The saved search')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors([404, 'No such saved search of yours'])
  async delete(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.savedSearches.delete(user, id);
  }
}
