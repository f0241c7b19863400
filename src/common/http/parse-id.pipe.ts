import { Injectable, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { MalformedIdError } from '../errors/common.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that cannot exist is simply not found: same answer as any unknown id. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new MalformedIdError();
    return value.toLowerCase();
  }
}

/** Documents a path parameter read with ParseIdPipe: a UUID (anything else answers 404, like an unknown id). */
export const ApiIdParam = (description: string, name = 'id') =>
  ApiParam({ name, description: `${description} (UUID)`, schema: { type: 'string', format: 'uuid', maxLength: 36 } });
