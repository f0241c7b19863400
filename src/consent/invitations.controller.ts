import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiPagedResponse, Page, PaginationQueryDto } from '../common/http/pagination';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { CreateInvitationDto } from './dto/consent.dto';
import { CandidateInvitationView, InvitationView } from './dto/consent.view';
import { OfferInvitationView } from './dto/offer-invitation.view';
import { InvitationsService } from './invitations.service';

const NOT_YOURS = 'No such offer, or not yours';
const NO_INVITATION = 'No such invitation to you';
const ANSWERED = 'The invitation was answered already';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('job-offers/:id/invitations')
  @Roles('employer')
  @ApiOperation({
    summary: 'Invite a candidate to your published offer',
    description: 'The offer’s owner, if verified. `candidateId` is the profile id that search and matches show.',
  })
  @ApiIdParam('The offer')
  @ApiCreatedResponse({ type: InvitationView, description: 'The invitation, pending' })
  @ApiErrors(
    400,
    [403, 'Your organisation is not verified'],
    [404, 'No such offer or candidate, or not yours / not visible to you'],
    [409, 'Already invited, or the offer is not published'],
  )
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
    summary: 'Invitations sent for the offer, newest first',
    description: 'The offer’s owner, staff. Last name and e-mail only for accepted invitations.',
  })
  @ApiIdParam('The offer')
  @ApiPagedResponse(OfferInvitationView)
  @ApiErrors(400, [404, NOT_YOURS])
  listForOffer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) offerId: string,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<OfferInvitationView>> {
    return this.invitations.listForOffer(user, offerId, query.page, query.limit);
  }

  @Get('candidates/me/invitations')
  @Roles('candidate')
  @ApiOperation({ summary: 'Invitations to you, newest first', description: 'Candidates.' })
  @ApiPagedResponse(CandidateInvitationView)
  @ApiErrors(400)
  mine(@CurrentUser() user: AuthenticatedUser, @Query() query: PaginationQueryDto): Promise<Page<CandidateInvitationView>> {
    return this.invitations.mine(user, query.page, query.limit);
  }

  @Post('invitations/:id/accept')
  @HttpCode(200)
  @Roles('candidate')
  @ApiOperation({
    summary: 'Accept an invitation: shares your contact data (e-mail, last name) with the inviting employer only',
    description: 'The invited candidate.',
  })
  @ApiIdParam('The invitation')
  @ApiOkResponse({ type: CandidateInvitationView, description: 'The invitation, accepted' })
  @ApiErrors([404, NO_INVITATION], [409, ANSWERED])
  accept(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<CandidateInvitationView> {
    return this.invitations.accept(user, id);
  }

  @Post('invitations/:id/decline')
  @HttpCode(200)
  @Roles('candidate')
  @ApiOperation({ summary: 'Decline an invitation: nothing is shared', description: 'The invited candidate.' })
  @ApiIdParam('The invitation')
  @ApiOkResponse({ type: CandidateInvitationView, description: 'The invitation, declined' })
  @ApiErrors([404, NO_INVITATION], [409, ANSWERED])
  decline(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<CandidateInvitationView> {
    return this.invitations.decline(user, id);
  }
}
