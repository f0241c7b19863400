import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * Property decorators for the response classes, so that every documented
 * string, number and list carries its type, format and bounds the same way
 * (what the OpenAPI lint and the clients' generators rely on).
 */

export const INT32_MAX = 2_147_483_647;

/** What every helper below also takes: `required: false` for a property that may be absent. */
export interface ApiPropertyExtras {
  description?: string;
  example?: unknown;
  required?: boolean;
  nullable?: boolean;
  deprecated?: boolean;
}

/** A UUID (ids of rows: users, profiles, offers, …). */
export const ApiUuid = (extras: ApiPropertyExtras = {}) => ApiProperty({ type: String, format: 'uuid', maxLength: 36, ...extras });

/** An instant as ISO 8601 with time zone, e.g. `2027-03-01T08:30:00.000Z`. */
export const ApiDateTime = (extras: ApiPropertyExtras = {}) => ApiProperty({ type: String, format: 'date-time', maxLength: 35, ...extras });

/** A calendar day as ISO 8601, e.g. `2027-03-01`. */
export const ApiDate = (extras: ApiPropertyExtras = {}) =>
  ApiProperty({ type: String, format: 'date', maxLength: 10, example: '2027-03-01', ...extras });

/** Free text of at most `maxLength` characters (what the request DTOs or the columns allow). */
export const ApiText = (maxLength: number, extras: ApiPropertyExtras & { pattern?: string; format?: string } = {}) =>
  ApiProperty({ type: String, maxLength, ...extras });

/** One of a fixed set of strings; `enumName` makes it a named schema shared by every property that uses it. */
export const ApiEnum = (values: readonly string[], enumName: string, extras: ApiPropertyExtras = {}) =>
  ApiProperty({ enum: values as string[], enumName, ...extras });

/** A whole number within bounds (32 bit). */
export const ApiInteger = (minimum: number, maximum: number, extras: ApiPropertyExtras = {}) =>
  ApiProperty({ type: 'integer', format: 'int32', minimum, maximum, ...extras });

/** A number within bounds (amounts, scores). */
export const ApiNumber = (minimum: number, maximum: number, extras: ApiPropertyExtras = {}) =>
  ApiProperty({ type: 'number', format: 'double', minimum, maximum, ...extras });

/** A list of strings: at most `maxItems`, each at most `maxLength` characters. */
export const ApiTextList = (maxItems: number, maxLength: number, extras: ApiPropertyExtras & { pattern?: string; format?: string } = {}) => {
  const { pattern, format, ...rest } = extras;
  return ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength, ...(pattern ? { pattern } : {}), ...(format ? { format } : {}) },
    maxItems,
    ...rest,
  });
};

/** A list of objects described by a response class: at most `maxItems`. */
export const ApiList = (type: Function, maxItems: number, extras: ApiPropertyExtras = {}) =>
  ApiProperty({ type, isArray: true, maxItems, ...extras });

/** A nested object described by a response class. */
export const ApiObject = (type: Function, extras: ApiPropertyExtras = {}) => ApiProperty({ type, ...extras });

/** A map from a label (facet value, index name, language code) to a count: at most `maxProperties` keys. */
export const ApiCounts = (maxProperties: number, extras: ApiPropertyExtras = {}) =>
  ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', format: 'int32', minimum: 0, maximum: INT32_MAX } as const,
    maxProperties,
    ...extras,
  } as ApiPropertyOptions);
