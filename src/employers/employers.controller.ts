import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { EmployerView } from './dto/employer.view';
import { UpsertEmployerDto } from './dto/upsert-employer.dto';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@ApiBearerAuth()
@Roles('employer')
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Put('me')
  @ApiOperation({ summary: 'Create or replace your organisation (new and re-checked organisations wait for verification)' })
  upsert(@CurrentUser() user: AuthenticatedUser, @Body() body: UpsertEmployerDto): Promise<EmployerView> {
    return this.employers.upsertMine(user, body);
  }

  @Get('me')
  @ApiOperation({ summary: 'Your organisation with its verificationStatus (404 before it is created)' })
  get(@CurrentUser() user: AuthenticatedUser): Promise<EmployerView> {
    return this.employers.getMine(user);
  }
}
