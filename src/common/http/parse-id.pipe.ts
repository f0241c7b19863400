import { Injectable, PipeTransform } from '@nestjs/common';
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
