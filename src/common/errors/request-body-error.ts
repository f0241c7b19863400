import type { NextFunction, Request, Response } from 'express';

/**
 * Express' body parser rejected the request body (malformed JSON, too large,
 * unsupported encoding…). `type` is body-parser's, e.g. `entity.parse.failed`.
 * Not a SyntaxError on purpose: Nest's router turns a body-parser SyntaxError
 * into a bare BadRequestException with the parser's message, and the exception
 * filter could no longer tell malformed JSON from any other 400.
 */
export class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestBodyError';
  }
}

/** Express error middleware, right after the JSON body parser: hands its errors on as RequestBodyError. */
export function keepRequestBodyErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const e = error as { status?: unknown; type?: unknown; message?: unknown } | null;
  const fromBodyParser = typeof e?.status === 'number' && typeof e.type === 'string' && e.status >= 400 && e.status < 500;
  next(fromBodyParser ? new RequestBodyError(e.status as number, e.type as string, String(e.message)) : error);
}
