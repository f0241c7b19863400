import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { CandidateMatchPage, OfferMatchPage } from './dto/match.view';
import { MatchesQueryDto } from './dto/matches-query.dto';
import { MatchingService } from './matching.service';

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('job-offers/:id/matches')
  @Roles('employer', 'staff')
  @ApiOperation({
    summary: 'The best candidates for an offer, best first, explained',
    description: 'The offer’s owner if verified (any status of the offer), staff. `page` × `limit` may reach at most 500 deep.',
  })
  @ApiIdParam('The offer')
  @ApiOkResponse({ type: CandidateMatchPage })
  @ApiErrors(400, [403, 'Your organisation is not verified'], [404, 'No such offer, or not yours'], 503)
  forOffer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: MatchesQueryDto,
  ): Promise<CandidateMatchPage> {
    return this.matching.matchesForOffer(user, id, query.page, query.limit, query.lang);
  }

  @Get('candidates/me/matches')
  @Roles('candidate')
  @ApiOperation({
    summary: 'The published offers that fit you best, best first, explained',
    description: 'Candidates with a profile. `page` × `limit` may reach at most 500 deep.',
  })
  @ApiOkResponse({ type: OfferMatchPage })
  @ApiErrors(400, [404, 'No profile yet (create it with PUT /api/v1/candidates/me)'], 503)
  forCandidate(@CurrentUser() user: AuthenticatedUser, @Query() query: MatchesQueryDto): Promise<OfferMatchPage> {
    return this.matching.matchesForCandidate(user, query.page, query.limit, query.lang);
  }
}
