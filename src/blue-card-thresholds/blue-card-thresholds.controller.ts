import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators/roles.decorator';
import { BlueCardThresholdsService } from './blue-card-thresholds.service';
import { BlueCardThresholdDto, BlueCardThresholdListDto, CreateBlueCardThresholdDto } from './dto/blue-card-threshold.dto';

@ApiTags('matching')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not a staff account' })
@Roles('staff')
@Controller('matching/blue-card-thresholds')
export class BlueCardThresholdsController {
  constructor(private readonly thresholds: BlueCardThresholdsService) {}

  @Get()
  @ApiOperation({ summary: 'EU Blue Card salary thresholds, oldest first (the row in force is the latest validFrom on or before a day)' })
  async list(): Promise<BlueCardThresholdListDto> {
    return { items: await this.thresholds.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Add a threshold row, e.g. next year’s, effective from validFrom' })
  @ApiConflictResponse({ description: 'A row with this validFrom exists' })
  create(@Body() body: CreateBlueCardThresholdDto): Promise<BlueCardThresholdDto> {
    return this.thresholds.create(body);
  }
}
