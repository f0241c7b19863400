import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiPagedResponse, type Page } from '../common/http/pagination';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { EmployerView } from '../employers/dto/employer.view';
import { JobOfferView } from '../job-offers/dto/job-offer.view';
import { AuditLogService, AuditLogView } from '../audit-log/audit-log.service';
import { AuditLogQueryDto, EmployerDecisionDto, OfferDecisionDto, QueueQueryDto } from './dto/moderation.dto';
import { QueuedEmployer, QueuedJobOffer, type QueueItem } from './dto/queue-item.view';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@Roles('staff')
@Controller('moderation')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly audit: AuditLogService,
  ) {}

  @Get('queue')
  @ApiOperation({ summary: 'Offers and organisations waiting for a decision, oldest first', description: 'Staff.' })
  @ApiPagedResponse({ propertyName: 'type', mapping: { job_offer: QueuedJobOffer, employer: QueuedEmployer } }, 'One page of the queue')
  @ApiErrors(400)
  queue(@Query() query: QueueQueryDto): Promise<Page<QueueItem>> {
    return this.moderation.queue(query.type, query.page, query.limit);
  }

  @Post('job-offers/:id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve or reject an offer in review',
    description: 'Staff. Approve publishes it (searchable when this answers); reject needs a reason, shown to the employer.',
  })
  @ApiIdParam('The offer')
  @ApiOkResponse({ type: JobOfferView, description: 'The offer after the decision' })
  @ApiErrors(
    [400, 'Invalid body, or a rejection without a reason'],
    [404, 'No such offer'],
    [409, 'Not in review, or its employer is not verified (any more)'],
  )
  decideOffer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: OfferDecisionDto,
  ): Promise<JobOfferView> {
    return this.moderation.decideOffer(user, id, body.decision, body.reason);
  }

  @Post('employers/:id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify or reject an organisation',
    description: 'Staff. Verify or reject a pending one, or reject (revoke) a verified one; rejecting needs a reason, shown to the employer.',
  })
  @ApiIdParam('The organisation')
  @ApiOkResponse({ type: EmployerView, description: 'The organisation after the decision' })
  @ApiErrors([400, 'Invalid body, or a rejection without a reason'], [404, 'No such organisation'], [409, 'Not possible in its current status'])
  decideEmployer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: EmployerDecisionDto,
  ): Promise<EmployerView> {
    return this.moderation.decideEmployer(user, id, body.decision, body.reason);
  }

  @Get('audit-log')
  @ApiOperation({ summary: 'Every decision and status change: who, what, when, why, before → after; newest first', description: 'Staff.' })
  @ApiPagedResponse(AuditLogView)
  @ApiErrors(400)
  auditLog(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogView>> {
    return this.audit.list(query);
  }
}
