import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { CandidateModerationService } from './candidate-moderation.service';
import { CandidateDecisionDto } from './dto/candidate-moderation.dto';
import { CandidateStaffView } from './dto/candidate-profile.view';

@ApiTags('moderation')
@Controller('moderation/candidates')
export class CandidateModerationController {
  constructor(private readonly moderation: CandidateModerationService) {}

  /** `hide`: the profile leaves search at once; `restore`: it comes back (if the candidate keeps it visible). */
  @Post(':id/decision')
  @HttpCode(200)
  @Roles('staff')
  @ApiOperation({
    summary: 'Hide a candidate profile (it leaves search at once) or restore it',
    description: 'Staff. `restore` brings it back if the candidate keeps it visible. Recorded in the audit log with the reason.',
  })
  @ApiIdParam('The profile')
  @ApiOkResponse({ type: CandidateStaffView, description: 'The profile with its new moderation state' })
  @ApiErrors(400, [404, 'No such profile'])
  decide(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CandidateDecisionDto,
  ): Promise<CandidateStaffView> {
    return this.moderation.decide(user, id, dto);
  }
}
