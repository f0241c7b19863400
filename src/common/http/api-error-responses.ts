import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath, type HeadersObject } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '../errors/error-catalogue';

/**
 * The OpenAPI side of the error answers: the one shape AllExceptionsFilter
 * writes (`{statusCode, error, message, code?, errorId?}`) and decorators that
 * document which statuses a route can answer with it.
 * `code` enumerates the error catalogue (docs/errors.md explains each code).
 */

const MESSAGE_MAX_LENGTH = 2000;
/** Validation lists one line per broken constraint of every invalid field. */
const MESSAGE_MAX_ITEMS = 1000;

export class ErrorResponse {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 400, maximum: 599, example: 400 })
  statusCode!: number;

  @ApiProperty({ type: String, maxLength: 64, example: 'Bad Request', description: 'The status in words' })
  error!: string;

  @ApiProperty({
    description: 'What went wrong: one line, or (validation) one line per invalid field',
    oneOf: [
      { type: 'string', maxLength: MESSAGE_MAX_LENGTH },
      { type: 'array', maxItems: MESSAGE_MAX_ITEMS, items: { type: 'string', maxLength: MESSAGE_MAX_LENGTH } },
    ],
    example: ['email must be a valid e-mail address'],
  })
  message!: string | string[];

  @ApiProperty({
    enum: ERROR_CODES,
    enumName: 'ErrorCode',
    description: 'For programs: what went wrong, stable; see docs/errors.md',
    example: 'invitation.already_invited',
  })
  code!: ErrorCode;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    maxLength: 36,
    description: 'Only on 500: the id under which the error was logged (quote it to support)',
  })
  errorId?: string;
}

/** The statuses a route may document with ErrorResponse (500 is documented for every route at once: see UNEXPECTED_ERROR_RESPONSE). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503;

const DEFAULT_DESCRIPTIONS: Record<ErrorStatus | 500, string> = {
  400: 'Invalid request: every invalid field or parameter is named in `message` (also a malformed JSON body)',
  401: 'No, invalid or expired access token',
  403: 'Signed in, but not allowed to do this',
  404: 'Absent, or not yours to see',
  409: 'Conflict: a stale `version`, a duplicate, or not possible in the current state',
  413: 'Request body too large',
  429: 'Too many requests: rate limited',
  500: 'Unexpected error: a generic message and an `errorId` to quote',
  503: 'Search (Meilisearch) is unavailable right now; try again later',
};

/** A status; or with the route's own words for it; or with the response headers it carries too. */
export type ErrorStatusSpec = ErrorStatus | [ErrorStatus, string] | { status: ErrorStatus; description?: string; headers?: HeadersObject };

/** The schema of an error answer (for hand-written response objects). */
export const errorResponseSchema = () => ({ $ref: getSchemaPath(ErrorResponse) });

/** Any route may fail unexpectedly: the document adds this to every operation (DocumentBuilder.addGlobalResponse). */
export const UNEXPECTED_ERROR_RESPONSE = { status: 500, description: DEFAULT_DESCRIPTIONS[500], type: ErrorResponse } as const;

/** `Retry-After` of every 503 (AllExceptionsFilter sets it). */
export const RETRY_AFTER_HEADER: HeadersObject = {
  'Retry-After': {
    description: 'Seconds after which to try again',
    schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 3600 },
  },
};

/** Any route may find the database unavailable (down or restarting): the document adds this to every operation. */
export const DATABASE_UNAVAILABLE_RESPONSE = {
  status: 503,
  description:
    'The database (or, where the route uses it, search) is unavailable right now (`database.unavailable`); retry after `Retry-After` seconds',
  type: ErrorResponse,
  headers: RETRY_AFTER_HEADER,
} as const;

/**
 * Documents the error answers a route (or every route of a controller) can
 * give, each with the shared ErrorResponse body.
 * `ApiErrors(400, [404, 'Job offer not found, or not yours'])`.
 */
export function ApiErrors(...statuses: ErrorStatusSpec[]): MethodDecorator & ClassDecorator {
  const entries = statuses.map((spec) =>
    typeof spec === 'number'
      ? { status: spec, description: DEFAULT_DESCRIPTIONS[spec] }
      : Array.isArray(spec)
        ? { status: spec[0], description: spec[1] }
        : { ...spec, description: spec.description ?? DEFAULT_DESCRIPTIONS[spec.status] },
  );
  for (const entry of entries) if (entry.status === 503) entry.headers = { ...RETRY_AFTER_HEADER, ...entry.headers };
  return applyDecorators(ApiExtraModels(ErrorResponse), ...entries.map((entry) => ApiResponse({ ...entry, type: ErrorResponse })));
}
