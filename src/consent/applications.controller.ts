import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiPagedResponse, Page, PaginationQueryDto } from '../common/http/pagination';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { ApplicationsService } from './applications.service';
import { CreateApplicationDto } from './dto/consent.dto';
import { ApplicationView, OfferApplicationView } from './dto/consent.view';

@ApiTags('applications')
@Controller('job-offers/:id/applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Roles('candidate')
  @ApiOperation({
    summary: 'Apply to a published offer; the employer then sees your contact data',
    description: 'Candidates with a profile that staff have not hidden.',
  })
  @ApiIdParam('The offer')
  @ApiCreatedResponse({ type: ApplicationView, description: 'The application' })
  @ApiErrors(
    400,
    [403, 'No profile yet, or your profile is hidden by the agency'],
    [404, 'No such published offer'],
    [409, 'Already applied, or the offer is closed'],
  )
  apply(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) offerId: string,
    @Body() body: CreateApplicationDto,
  ): Promise<ApplicationView> {
    return this.applications.apply(user, offerId, body);
  }

  @Get()
  @Roles('employer', 'staff')
  @ApiOperation({ summary: 'Applications to the offer, with the applicants’ contact data', description: 'The offer’s owner, staff.' })
  @ApiIdParam('The offer')
  @ApiPagedResponse(OfferApplicationView)
  @ApiErrors(400, [404, 'No such offer, or not yours'])
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) offerId: string,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<OfferApplicationView>> {
    return this.applications.listForOffer(user, offerId, query.page, query.limit);
  }
}
