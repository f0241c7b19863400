import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put, Query } from '@nestjs/common';
import { ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { LanguageQueryDto } from '../taxonomy/dto/taxonomy-query.dto';
import { CandidatePrivacyService } from './candidate-privacy.service';
import { CandidateSearchService } from './candidate-search.service';
import { CandidatesService } from './candidates.service';
import { CandidateExport } from './dto/candidate-export.view';
import { PatchCandidateProfileDto, PutCandidateProfileDto } from './dto/candidate-profile.dto';
import { CandidateEmployerView, CandidateOwnView, CandidateSearchResult, CandidateStaffView } from './dto/candidate-profile.view';
import { CandidateSearchQueryDto } from './dto/candidate-search-query.dto';

const NOT_VERIFIED = 'Your organisation is not verified (only verified employers see candidates)';

@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly privacy: CandidatePrivacyService,
    private readonly searchService: CandidateSearchService,
  ) {}

  @Get('search')
  @Roles('employer', 'staff')
  @ApiOperation({
    summary: 'Search visible candidate profiles (free text in de/en/pl/cs, filters, facets)',
    description: 'Verified employers, staff. Hidden profiles never appear; every parameter value is searched for literally.',
  })
  @ApiOkResponse({ type: CandidateSearchResult })
  @ApiErrors(400, [403, NOT_VERIFIED], 503)
  search(@CurrentUser() user: AuthenticatedUser, @Query() query: CandidateSearchQueryDto): Promise<CandidateSearchResult> {
    return this.searchService.search(user, query);
  }

  @Get('me')
  @Roles('candidate')
  @ApiOperation({ summary: 'Your own full profile', description: 'Candidates.' })
  @ApiOkResponse({ type: CandidateOwnView })
  @ApiErrors(400, [404, 'No profile yet (create it with PUT)'])
  getOwn(@CurrentUser() user: AuthenticatedUser, @Query() query: LanguageQueryDto): Promise<CandidateOwnView> {
    return this.candidates.getOwn(user, query.lang);
  }

  @Put('me')
  @Roles('candidate')
  @ApiOperation({
    summary: 'Create or replace your profile',
    description:
      'Candidates. New profiles are `hidden` unless `visibility` says `employers`. Skills and occupations resolve to ESCO where they can.',
  })
  @ApiOkResponse({ type: CandidateOwnView, description: 'The profile as saved' })
  @ApiErrors(400, [409, 'The `version` sent is not the current one'], 503)
  put(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: PutCandidateProfileDto,
    @Query() query: LanguageQueryDto,
  ): Promise<CandidateOwnView> {
    return this.candidates.put(user, dto, query.lang);
  }

  @Patch('me')
  @Roles('candidate')
  @ApiOperation({ summary: 'Change some fields of your profile', description: 'Candidates; carries the `version` last read.' })
  @ApiOkResponse({ type: CandidateOwnView, description: 'The profile as saved' })
  @ApiErrors(400, [404, 'No profile yet (create it with PUT)'], [409, 'The `version` sent is not the current one'], 503)
  patch(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: PatchCandidateProfileDto,
    @Query() query: LanguageQueryDto,
  ): Promise<CandidateOwnView> {
    return this.candidates.patch(user, dto, query.lang);
  }

  /** GDPR Art. 15/20: everything held about the candidate. */
  @Get('me/export')
  @Roles('candidate')
  @ApiOperation({ summary: 'Everything held about you, machine-readable (GDPR Art. 15/20)', description: 'Candidates.' })
  @ApiOkResponse({ type: CandidateExport })
  @ApiErrors([404, 'The account is gone (erased meanwhile)'])
  export(@CurrentUser() user: AuthenticatedUser): Promise<CandidateExport> {
    return this.privacy.export(user);
  }

  /** GDPR Art. 17: erase profile and account; 204 only once the profile is gone from search. */
  @Delete('me')
  @HttpCode(204)
  @Roles('candidate')
  @ApiOperation({
    summary: 'Erase your profile and account (GDPR Art. 17)',
    description: 'Candidates. Answers once the profile is gone from search; the access token stops working at once.',
  })
  @ApiNoContentResponse({ description: 'Erased, and gone from search' })
  @ApiErrors([503, 'Erased, but search could not be reached to remove the profile now: that is completed as soon as it is back'])
  async erase(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.privacy.erase(user.id);
  }

  @Get(':id')
  @Roles('employer', 'staff')
  @ApiOperation({
    summary: 'A candidate profile',
    description:
      'Verified employers (visible profiles only; last name and e-mail only after the candidate accepted an invitation or applied), ' +
      'staff (every profile, with contact data and moderation state).',
  })
  @ApiIdParam('The profile')
  @ApiExtraModels(CandidateEmployerView, CandidateStaffView)
  @ApiOkResponse({
    description: 'The employer view, or for staff the staff view',
    schema: { anyOf: [{ $ref: getSchemaPath(CandidateEmployerView) }, { $ref: getSchemaPath(CandidateStaffView) }] },
  })
  @ApiErrors(400, [403, NOT_VERIFIED], [404, 'No such profile, or not visible to you'])
  view(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: LanguageQueryDto,
  ): Promise<CandidateEmployerView | CandidateStaffView> {
    return this.candidates.viewFor(user, id, query.lang);
  }
}
