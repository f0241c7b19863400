import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { Page, PaginationQueryDto } from '../common/http/pagination';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { CreateInvitationDto } from './dto/consent.dto';
import type { CandidateInvitationView, InvitationView } from './dto/consent.view';
import type { OfferInvitationView } from './dto/offer-invitation.view';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('job-offers/:id/invitations')
  @Roles('employer')
  @ApiOperation({ summary: 'Invite a candidate (profile id from search or matches) to your published offer (verified employers)' })
  invite(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) offerId: string,
    @Body() body: CreateInvitationDto,
  ): Promise<InvitationView> {
    return this.invitations.invite(user, offerId, body);
  }

  @Get('job-offers/:id/invitations')
  @Roles('employer', 'staff')
  @ApiOperation({
    summary: 'Invitations sent for the offer, newest first (owner, staff); last name and e-mail only for accepted invitations',
  })
  listForOffer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) offerId: string,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<OfferInvitationView>> {
    return this.invitations.listForOffer(user, offerId, query.page, query.limit);
  }

  @Get('candidates/me/invitations')
  @Roles('candidate')
  @ApiOperation({ summary: 'Invitations to me, newest first' })
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: PaginationQueryDto): Promise<Page<CandidateInvitationView>> {
    return this.invitations.mine(user, query.page, query.limit);
  }

  @Post('invitations/:id/accept')
  @HttpCode(200)
  @Roles('candidate')
  @ApiOperation({ summary: 'Accept: shares your contact data (e-mail, last name) with the inviting employer only' })
  accept(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<CandidateInvitationView> {
    return this.invitations.accept(user, id);
  }

  @Post('invitations/:id/decline')
  @HttpCode(200)
  @Roles('candidate')
  @ApiOperation({ summary: 'Decline: nothing is shared' })
  decline(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<CandidateInvitationView> {
    return this.invitations.decline(user, id);
  }
}
