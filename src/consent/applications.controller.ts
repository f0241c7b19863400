import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { Page, PaginationQueryDto } from '../common/http/pagination';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { ApplicationsService } from './applications.service';
import { CreateApplicationDto } from './dto/consent.dto';
import type { ApplicationView, OfferApplicationView } from './dto/consent.view';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('job-offers/:id/applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Roles('candidate')
  @ApiOperation({ summary: 'Apply to a published offer; the employer then sees your contact data' })
  apply(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) offerId: string,
    @Body() body: CreateApplicationDto,
  ): Promise<ApplicationView> {
    return this.applications.apply(user, offerId, body);
  }

  @Get()
  @Roles('employer', 'staff')
  @ApiOperation({ summary: 'Applications to the offer with the applicants’ contact data (owner, staff)' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) offerId: string,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<OfferApplicationView>> {
    return this.applications.listForOffer(user, offerId, query.page, query.limit);
  }
}
