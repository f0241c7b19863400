import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import type { Page } from '../common/http/pagination';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import type { EmployerView } from '../employers/dto/employer.view';
import type { JobOfferView } from '../job-offers/dto/job-offer.view';
import { AuditLogService, AuditLogView } from '../audit-log/audit-log.service';
import { AuditLogQueryDto, EmployerDecisionDto, OfferDecisionDto, QueueQueryDto } from './dto/moderation.dto';
import { ModerationService, QueueItem } from './moderation.service';

@ApiTags('moderation')
@ApiBearerAuth()
@Roles('staff')
@Controller('moderation')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly audit: AuditLogService,
  ) {}

  @Get('queue')
  @ApiOperation({ summary: 'Offers and organisations waiting for a decision, oldest first' })
  queue(@Query() query: QueueQueryDto): Promise<Page<QueueItem>> {
    return this.moderation.queue(query.type, query.page, query.limit);
  }

  @Post('job-offers/:id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (publish; searchable when this answers) or reject (reason required) an offer in review' })
  decideOffer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: OfferDecisionDto,
  ): Promise<JobOfferView> {
    return this.moderation.decideOffer(user, id, body.decision, body.reason);
  }

  @Post('employers/:id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify or reject (reason required) a pending organisation' })
  decideEmployer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: EmployerDecisionDto,
  ): Promise<EmployerView> {
    return this.moderation.decideEmployer(user, id, body.decision, body.reason);
  }

  @Get('audit-log')
  @ApiOperation({ summary: 'Every decision and status change: who, what, when, why, before → after; newest first' })
  auditLog(@Query() query: AuditLogQueryDto): Promise<Page<AuditLogView>> {
    return this.audit.list(query);
  }
}
