import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiPropertyOptional, getSchemaPath, type SchemaObject } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { INT32_MAX } from './api-schema';

export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 10_000;

export class PaginationQueryDto {
  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export function pageOf<T>(items: T[], total: number, query: { page: number; limit: number }): Page<T> {
  return { items, total, page: query.page, limit: query.limit };
}

/** `page` and `limit` as answered (the query's, after defaults). */
export const PAGE_PROPERTIES: Record<'page' | 'limit', SchemaObject> = {
  page: { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE },
  limit: { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE_SIZE },
};

/** Several item classes told apart by one property: its value → the class. */
export interface ItemDiscriminator {
  propertyName: string;
  mapping: Record<string, ClassType<unknown>>;
}

/** The schema of a Page of `item` (`{items, total, page, limit}`), or of items of several classes. */
export function pageSchema(item: ClassType<unknown> | ItemDiscriminator): SchemaObject {
  const items: SchemaObject | { $ref: string } =
    typeof item === 'function'
      ? { $ref: getSchemaPath(item) }
      : {
          oneOf: Object.values(item.mapping).map((type) => ({ $ref: getSchemaPath(type) })),
          discriminator: {
            propertyName: item.propertyName,
            mapping: Object.fromEntries(Object.entries(item.mapping).map(([value, type]) => [value, getSchemaPath(type)])),
          },
        };
  return {
    type: 'object',
    required: ['items', 'total', 'page', 'limit'],
    properties: {
      items: { type: 'array', maxItems: MAX_PAGE_SIZE, items },
      total: { type: 'integer', format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'How many items all pages hold together' },
      ...PAGE_PROPERTIES,
    },
  };
}

/** Documents a 200 answer that is a Page of `item` (see pageSchema). */
export function ApiPagedResponse(item: ClassType<unknown> | ItemDiscriminator, description = 'One page of the list'): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(...(typeof item === 'function' ? [item] : Object.values(item.mapping))),
    ApiOkResponse({ description, schema: pageSchema(item) }),
  );
}
