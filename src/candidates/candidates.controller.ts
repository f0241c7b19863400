import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { LanguageQueryDto } from '../taxonomy/dto/taxonomy-query.dto';
import { CandidatePrivacyService } from './candidate-privacy.service';
import { CandidateSearchService } from './candidate-search.service';
import { CandidatesService } from './candidates.service';
import { PatchCandidateProfileDto, PutCandidateProfileDto } from './dto/candidate-profile.dto';
import { CandidateSearchQueryDto } from './dto/candidate-search-query.dto';

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly privacy: CandidatePrivacyService,
    private readonly searchService: CandidateSearchService,
  ) {}

  @Get('search')
  @Roles('employer', 'staff')
  search(@CurrentUser() user: AuthenticatedUser, @Query() query: CandidateSearchQueryDto) {
    return this.searchService.search(user, query);
  }

  @Get('me')
  @Roles('candidate')
  getOwn(@CurrentUser() user: AuthenticatedUser, @Query() query: LanguageQueryDto) {
    return this.candidates.getOwn(user, query.lang);
  }

  @Put('me')
  @Roles('candidate')
  put(@CurrentUser() user: AuthenticatedUser, @Body() dto: PutCandidateProfileDto) {
    return this.candidates.put(user, dto);
  }

  @Patch('me')
  @Roles('candidate')
  patch(@CurrentUser() user: AuthenticatedUser, @Body() dto: PatchCandidateProfileDto) {
    return this.candidates.patch(user, dto);
  }

  /** GDPR Art. 15/20: everything held about the candidate. */
  @Get('me/export')
  @Roles('candidate')
  export(@CurrentUser() user: AuthenticatedUser) {
    return this.privacy.export(user);
  }

  /** GDPR Art. 17: erase profile and account; 204 only once the profile is gone from search. */
  @Delete('me')
  @HttpCode(204)
  @Roles('candidate')
  async erase(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.privacy.erase(user.id);
  }

  @Get(':id')
  @Roles('employer', 'staff')
  view(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Query() query: LanguageQueryDto) {
    return this.candidates.viewFor(user, id, query.lang);
  }
}
