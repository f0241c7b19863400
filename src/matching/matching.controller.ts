import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { MatchesQueryDto } from './dto/matches-query.dto';
import { CandidateMatch, MatchingService, MatchPage, OfferMatch } from './matching.service';

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('job-offers/:id/matches')
  @Roles('employer', 'staff')
  @ApiOperation({ summary: 'The best candidates for an offer (its verified owner, any status; staff), best first, explained' })
  forOffer(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: MatchesQueryDto,
  ): Promise<MatchPage<CandidateMatch>> {
    return this.matching.matchesForOffer(user, id, query.page, query.limit, query.lang);
  }

  @Get('candidates/me/matches')
  @Roles('candidate')
  @ApiOperation({ summary: 'The published offers that fit you best, best first, explained' })
  forCandidate(@CurrentUser() user: AuthenticatedUser, @Query() query: MatchesQueryDto): Promise<MatchPage<OfferMatch>> {
    return this.matching.matchesForCandidate(user, query.page, query.limit, query.lang);
  }
}
