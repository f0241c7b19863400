import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { EmployerView } from './dto/employer.view';
import { UpsertEmployerDto } from './dto/upsert-employer.dto';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@Roles('employer')
@Controller('employers')
export class EmployersController {
  constructor(private readonly employers: EmployersService) {}

  @Put('me')
  @ApiOperation({
    summary: 'Create or replace your organisation (new and re-checked organisations wait for verification)',
    description:
      'Employers. New → `pending`; a rejected one → `pending` again; a verified one stays verified unless its legal identity ' +
      '(name, registration number) changes, which needs a new check.',
  })
  @ApiOkResponse({ type: EmployerView, description: 'The organisation as saved' })
  @ApiErrors(400, [409, 'The `version` sent is not the current one'])
  upsert(@CurrentUser() user: AuthenticatedUser, @Body() body: UpsertEmployerDto): Promise<EmployerView> {
    return this.employers.upsertMine(user, body);
  }

  @Get('me')
  @ApiOperation({ summary: 'Your organisation with its verificationStatus', description: 'Employers.' })
  @ApiOkResponse({ type: EmployerView })
  @ApiErrors([404, 'No organisation yet (create it with PUT)'])
  get(@CurrentUser() user: AuthenticatedUser): Promise<EmployerView> {
    return this.employers.getMine(user);
  }
}
