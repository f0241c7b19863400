import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { OptionalAuth, Public } from '../auth/decorators/public.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiPagedResponse, type Page } from '../common/http/pagination';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { LanguageQueryDto } from '../taxonomy/dto/taxonomy-query.dto';
import { CreateJobOfferDto, UpdateJobOfferDto } from './dto/job-offer.dto';
import { JobOfferSearchResult } from './dto/job-offer-search.view';
import { JobOfferView, JobOfferWithWarnings } from './dto/job-offer.view';
import { MyJobOffersQueryDto } from './dto/my-job-offers.dto';
import { SearchJobOffersQueryDto } from './dto/search-job-offers.dto';
import { JobOfferSearchService } from './job-offer-search.service';
import { JobOffersService } from './job-offers.service';

const NOT_YOURS = 'No such offer, or not yours';

@ApiTags('job-offers')
@Controller('job-offers')
export class JobOffersController {
  constructor(
    private readonly offers: JobOffersService,
    private readonly offerSearch: JobOfferSearchService,
  ) {}

  @Post()
  @Roles('employer')
  @ApiOperation({
    summary: 'Create a draft offer',
    description: 'Employers with an organisation (publishing needs verification). Skills and occupation resolve to ESCO where they can.',
  })
  @ApiCreatedResponse({ type: JobOfferWithWarnings, description: 'The draft, with warnings (e.g. below the Blue Card threshold)' })
  @ApiErrors(400, [403, 'No organisation yet (PUT /api/v1/employers/me first)'], 503)
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateJobOfferDto,
    @Query() query: LanguageQueryDto,
  ): Promise<JobOfferWithWarnings> {
    return this.offers.create(user, body, query.lang);
  }

  // `mine` and `search` before `:id`.
  @Get('mine')
  @Roles('employer')
  @ApiOperation({ summary: 'Your offers in every status, newest first', description: 'Employers.' })
  @ApiPagedResponse(JobOfferView)
  @ApiErrors(400)
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: MyJobOffersQueryDto): Promise<Page<JobOfferView>> {
    return this.offers.mine(user, query.page, query.limit, query.status, query.lang);
  }

  @Get('search')
  @Public()
  @ApiOperation({
    summary: 'Search published offers (free text in de/en/pl/cs, filters, facets)',
    description: 'Anyone. Every parameter value is searched for literally, never read as filter syntax.',
  })
  @ApiOkResponse({ type: JobOfferSearchResult })
  @ApiErrors(400, 503)
  search(@Query() query: SearchJobOffersQueryDto): Promise<JobOfferSearchResult> {
    return this.offerSearch.search(query);
  }

  @Get(':id')
  @OptionalAuth()
  @ApiOperation({
    summary: 'One offer',
    description: 'Anyone for a published offer; its owner and staff (signed in) for every status.',
  })
  @ApiIdParam('The offer')
  @ApiOkResponse({ type: JobOfferView })
  @ApiErrors(400, [404, 'No such offer, or not published and not yours'])
  get(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<JobOfferView> {
    return this.offers.get(user, id, query.lang);
  }

  @Patch(':id')
  @Roles('employer')
  @ApiOperation({
    summary: 'Edit your offer',
    description:
      'Its owner; carries `version`. A published offer goes back to review, a rejected one to draft; a closed one cannot be edited.',
  })
  @ApiIdParam('The offer')
  @ApiOkResponse({ type: JobOfferWithWarnings, description: 'The offer as saved, with warnings' })
  @ApiErrors(400, [404, NOT_YOURS], [409, 'The `version` sent is not the current one, or the offer is closed'], 503)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateJobOfferDto,
    @Query() query: LanguageQueryDto,
  ): Promise<JobOfferWithWarnings> {
    return this.offers.update(user, id, body, query.lang);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('employer')
  @ApiOperation({ summary: 'Submit your offer for review: draft → pending_review', description: 'Its owner, if verified.' })
  @ApiIdParam('The offer')
  @ApiOkResponse({ type: JobOfferView, description: 'The offer, now pending_review' })
  @ApiErrors([403, 'Your organisation is not verified'], [404, NOT_YOURS], [409, 'Not a draft'])
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<JobOfferView> {
    return this.offers.submit(user, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('employer', 'staff')
  @ApiOperation({ summary: 'Close the offer; it leaves public search before this answers', description: 'Its owner, and staff.' })
  @ApiIdParam('The offer')
  @ApiOkResponse({ type: JobOfferView, description: 'The offer, now closed' })
  @ApiErrors([404, NOT_YOURS], [409, 'Already closed'])
  close(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<JobOfferView> {
    return this.offers.close(user, id);
  }
}
