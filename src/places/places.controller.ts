import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/decorators/public.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { PlacesResponse } from './dto/place.view';
import { PlacesQueryDto } from './dto/places-query.dto';
import { PlacesService } from './places.service';

@ApiTags('places')
@Public()
@Controller('places')
export class PlacesController {
  constructor(private readonly service: PlacesService) {}

  @Get()
  @ApiOperation({
    summary: 'Typo-tolerant autocomplete of Saxon municipalities, with district and borders',
    description: 'Anyone. Official data (Destatis GV-ISys, Gebietsstand 31.12.2021, with the 2023 merger); see docs/places.md.',
  })
  @ApiOkResponse({ type: PlacesResponse })
  @ApiErrors(400)
  search(@Query() query: PlacesQueryDto): PlacesResponse {
    return { items: this.service.autocomplete(query.q, query.limit) };
  }
}
