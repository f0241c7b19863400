import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { OptionalAuth, Public } from '../auth/decorators/public.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import type { Page } from '../common/http/pagination';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { LanguageQueryDto } from '../taxonomy/dto/taxonomy-query.dto';
import { CreateJobOfferDto, UpdateJobOfferDto } from './dto/job-offer.dto';
import type { JobOfferView, JobOfferWithWarnings } from './dto/job-offer.view';
import { MyJobOffersQueryDto } from './dto/my-job-offers.dto';
import { SearchJobOffersQueryDto } from './dto/search-job-offers.dto';
import { JobOfferSearchResult, JobOfferSearchService } from './job-offer-search.service';
import { JobOffersService } from './job-offers.service';

@ApiTags('job-offers')
@ApiBearerAuth()
@Controller('job-offers')
export class JobOffersController {
  constructor(
    private readonly offers: JobOffersService,
    private readonly offerSearch: JobOfferSearchService,
  ) {}

  @Post()
  @Roles('employer')
  @ApiOperation({ summary: 'Create a draft offer (any employer with an organisation; publishing needs verification)' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateJobOfferDto): Promise<JobOfferWithWarnings> {
    return this.offers.create(user, body);
  }

  // `mine` and `search` before `:id`.
  @Get('mine')
  @Roles('employer')
  @ApiOperation({ summary: 'Your offers in every status, newest first' })
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: MyJobOffersQueryDto): Promise<Page<JobOfferView>> {
    return this.offers.mine(user, query.page, query.limit, query.status, query.lang);
  }

  @Get('search')
  @Public()
  @ApiOperation({ summary: 'Search published offers (free text in de/en/pl/cs, filters, facets)' })
  search(@Query() query: SearchJobOffersQueryDto): Promise<JobOfferSearchResult> {
    return this.offerSearch.search(query);
  }

  @Get(':id')
  @OptionalAuth()
  @ApiOperation({ summary: 'A published offer (anyone), or any status for its owner and staff' })
  get(
    @CurrentUser() user: AuthenticatedUser | undefined,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<JobOfferView> {
    return this.offers.get(user, id, query.lang);
  }

  @Patch(':id')
  @Roles('employer')
  @ApiOperation({ summary: 'Edit your offer (carries version; a published offer goes back to review, a rejected one to draft)' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateJobOfferDto,
  ): Promise<JobOfferWithWarnings> {
    return this.offers.update(user, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('employer')
  @ApiOperation({ summary: 'draft → pending_review (verified employers only)' })
  submit(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<JobOfferView> {
    return this.offers.submit(user, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('employer', 'staff')
  @ApiOperation({ summary: 'Close the offer; it leaves public search before this answers' })
  close(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<JobOfferView> {
    return this.offers.close(user, id);
  }
}
