import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { DomainError } from './domain-error';
import { httpStatusFor } from './http-status-for';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  code?: string;
  errorId?: string;
}

/**
 * The one place where errors become HTTP answers, in Nest's shape
 * `{statusCode, error, message}`. Anything unexpected is a 500 with a generic
 * message and an id that is logged with the full error, never the internals.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const passthrough = asPassthroughBody(exception);
    if (passthrough) {
      response.status(passthrough.status).json(passthrough.body);
      return;
    }
    const body = this.toBody(exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = httpStatusFor(exception.category);
      return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message: exception.message, code: exception.code };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const message =
        typeof raw === 'string' ? raw : ((raw as { message?: string | string[] }).message ?? exception.message);
      return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
    }
    const parserError = asBodyParserError(exception);
    if (parserError) return parserError;
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId }, `Unhandled error ${errorId}`);
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side. Quote the error id if you contact support.',
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

/** Express' body parser reports malformed or oversized bodies with a status of its own. */
function asBodyParserError(exception: unknown): ErrorBody | null {
  const e = exception as { status?: unknown; type?: unknown; message?: unknown };
  if (typeof e?.status !== 'number' || typeof e.type !== 'string' || e.status < 400 || e.status >= 500) return null;
  const message =
    e.type === 'entity.parse.failed'
      ? 'Request body is not valid JSON'
      : e.type === 'entity.too.large'
        ? 'Request body is too large'
        : String(e.message);
  return { statusCode: e.status, error: STATUS_CODES[e.status] ?? 'Error', message };
}
