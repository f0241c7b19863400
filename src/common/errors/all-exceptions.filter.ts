import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { ValidationFailedException } from '../http/validation';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-error';
import type { ErrorCode } from './error-catalogue';
import { httpStatusFor } from './http-status-for';

/** Sent with every 503 (database, search, health): when to try again; a restart of either takes seconds. */
export const RETRY_AFTER_SECONDS = 5;

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  code: ErrorCode;
  errorId?: string;
}

/**
 * Codes of the errors that are not domain errors, by the status of the Nest
 * HttpException: a guard answering false (401, 403), no route (404), the
 * throttler (429); other 400s than the ValidationPipe's (ValidationFailedException:
 * `validation.failed`), e.g. a path with broken percent-encoding. The status stays the exception's.
 */
export const HTTP_EXCEPTION_CODES = {
  [HttpStatus.BAD_REQUEST]: 'request.invalid',
  [HttpStatus.UNAUTHORIZED]: 'auth.unauthenticated',
  [HttpStatus.FORBIDDEN]: 'auth.forbidden_role',
  [HttpStatus.NOT_FOUND]: 'route.not_found',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'request.too_large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'request.unsupported_encoding',
  [HttpStatus.TOO_MANY_REQUESTS]: 'rate_limited',
} as const satisfies Partial<Record<HttpStatus, ErrorCode>>;

/** Codes of Express' body-parser errors, by their `type`; any other body-parser 4xx is `request.invalid`. */
export const BODY_PARSER_CODES = {
  'entity.parse.failed': 'request.malformed_json',
  'entity.too.large': 'request.too_large',
  'parameters.too.many': 'request.too_large',
  'encoding.unsupported': 'request.unsupported_encoding',
  'charset.unsupported': 'request.unsupported_encoding',
  // Not body-parser's own: rejectHostileBodies, right after it.
  'entity.too.deep': 'request.too_deep',
  'entity.proto.key': 'validation.failed',
} as const satisfies Record<string, ErrorCode>;

/** Every code this filter gives itself, not taken from a DomainError (some, e.g. auth.unauthenticated, are DomainError codes too). */
export const FILTER_ERROR_CODES: readonly ErrorCode[] = [
  ...new Set<ErrorCode>([
    'validation.failed',
    ...Object.values(HTTP_EXCEPTION_CODES),
    ...Object.values(BODY_PARSER_CODES),
    'request.invalid',
    'database.unavailable',
    'internal',
  ]),
];

/** A Nest HttpException of a status without a code of its own: any 4xx is `request.invalid`, any 5xx `internal`. */
export function codeForHttpStatus(status: number): ErrorCode {
  return (HTTP_EXCEPTION_CODES as Partial<Record<number, ErrorCode>>)[status] ?? (status < 500 ? 'request.invalid' : 'internal');
}

/**
 * The one place where errors become HTTP answers, in Nest's shape plus a
 * specific code: `{statusCode, error, message, code}`. Domain errors answer the
 * status of their category and their own code; Nest's HttpExceptions keep
 * their status and get a code by it. Anything unexpected is a 500 with a
 * generic message and an id that is logged with the full error, never the internals.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const passthrough = asPassthroughBody(exception);
    const answer = passthrough ?? ((body) => ({ status: body.statusCode, body }))(this.toBody(exception));
    if (answer.status === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(answer.status).json(answer.body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = httpStatusFor(exception.category);
      return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message: exception.message, code: exception.code };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const message = typeof raw === 'string' ? raw : ((raw as { message?: string | string[] }).message ?? exception.message);
      const code = exception instanceof ValidationFailedException ? 'validation.failed' : codeForHttpStatus(statusCode);
      return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, code };
    }
    const parserError = asBodyParserError(exception);
    if (parserError) return parserError;
    if (isDatabaseUnavailable(exception)) {
      // Expected while PostgreSQL restarts: a warning without the stack, not an error id.
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'Service Unavailable',
        message: `The database is unavailable right now; retry in ${RETRY_AFTER_SECONDS} seconds.`,
        code: 'database.unavailable',
      };
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId }, `Unhandled error ${errorId}`);
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Quote the error id if you contact support.',
      code: 'internal',
      errorId,
    };
  }
}

/**
 * Some library exceptions carry a body of their own that clients rely on, e.g.
 * the health check's 503 `{status, info, error, details}`: those pass unchanged.
 */
function asPassthroughBody(exception: unknown): { status: number; body: object } | null {
  if (!(exception instanceof HttpException)) return null;
  const raw = exception.getResponse();
  if (typeof raw !== 'object' || raw === null || 'message' in raw || 'statusCode' in raw) return null;
  return { status: exception.getStatus(), body: raw };
}

/**
 * Express' body parser reports malformed or oversized bodies with a status of
 * its own (as a RequestBodyError once keepRequestBodyErrors has seen it).
 */
function asBodyParserError(exception: unknown): ErrorBody | null {
  const e = exception as { status?: unknown; type?: unknown; message?: unknown };
  if (typeof e?.status !== 'number' || typeof e.type !== 'string' || e.status < 400 || e.status >= 500) return null;
  const message =
    e.type === 'entity.parse.failed'
      ? 'Request body is not valid JSON'
      : e.type === 'entity.too.large'
        ? 'Request body is too large'
        : String(e.message);
  // entity.too.deep, entity.proto.key: rejectHostileBodies' own message says what is wrong.
  const code = (BODY_PARSER_CODES as Record<string, ErrorCode>)[e.type] ?? 'request.invalid';
  return { statusCode: e.status, error: STATUS_CODES[e.status] ?? 'Error', message, code };
}
