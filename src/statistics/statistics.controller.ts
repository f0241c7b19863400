import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/roles.decorator';
import { StatisticsView } from './dto/statistics.view';
import { StatisticsService } from './statistics.service';

@ApiTags('moderation')
@Roles('staff')
@Controller('moderation/statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @ApiOperation({
    summary: 'Figures for the agency: candidates, offers, moderation throughput',
    description: 'Staff. Counts only; person-related counts below 5 are withheld (`count: null, suppressed: true`).',
  })
  @ApiOkResponse({ type: StatisticsView })
  overview(): Promise<StatisticsView> {
    return this.statistics.overview();
  }
}
