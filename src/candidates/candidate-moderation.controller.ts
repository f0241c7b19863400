import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { CandidateModerationService } from './candidate-moderation.service';
import { CandidateDecisionDto } from './dto/candidate-moderation.dto';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('moderation/candidates')
export class CandidateModerationController {
  constructor(private readonly moderation: CandidateModerationService) {}

  /** `hide`: the profile leaves search at once; `restore`: it comes back (if the candidate keeps it visible). */
  @Post(':id/decision')
  @HttpCode(200)
  @Roles('staff')
  decide(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() dto: CandidateDecisionDto) {
    return this.moderation.decide(user, id, dto);
  }
}
