import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { BlueCardThresholdsService } from './blue-card-thresholds.service';
import { BlueCardThresholdDto, BlueCardThresholdListDto, CreateBlueCardThresholdDto } from './dto/blue-card-threshold.dto';

@ApiTags('matching')
@Roles('staff')
@Controller('matching/blue-card-thresholds')
export class BlueCardThresholdsController {
  constructor(private readonly thresholds: BlueCardThresholdsService) {}

  @Get()
  @ApiOperation({
    summary: 'EU Blue Card salary thresholds, oldest first',
    description: 'Staff. The row in force on a day is the one with the latest validFrom on or before it.',
  })
  @ApiOkResponse({ type: BlueCardThresholdListDto })
  async list(): Promise<BlueCardThresholdListDto> {
    return { items: await this.thresholds.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Add a threshold row, e.g. next year’s, effective from validFrom', description: 'Staff.' })
  @ApiCreatedResponse({ type: BlueCardThresholdDto, description: 'The row as stored' })
  @ApiErrors(400, [409, 'A row with this validFrom exists'])
  create(@Body() body: CreateBlueCardThresholdDto): Promise<BlueCardThresholdDto> {
    return this.thresholds.create(body);
  }
}
