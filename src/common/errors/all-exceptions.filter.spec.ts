import {
  type ArgumentsHost,
  BadRequestException,
  ForbiddenException,
  HttpException,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ValidationFailedException } from '../http/validation';
import { AllExceptionsFilter, RETRY_AFTER_SECONDS } from './all-exceptions.filter';
import { StaleVersionError } from './common.errors';
import { keepRequestBodyErrors, RequestBodyError } from './request-body-error';

/** What the filter answers for an exception: status and JSON body. */
let sentHeaders: Record<string, string> = {};

function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent: { status: number; body: Record<string, unknown> } = { status: 0, body: {} };
  sentHeaders = {};
  const response = {
    headersSent: false,
    setHeader(name: string, value: string) {
      sentHeaders[name] = value;
      return this;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

/** A body-parser error as keepRequestBodyErrors hands it on. */
function bodyParserError(status: number, type: string, message = 'raw parser message'): unknown {
  let passed: unknown;
  keepRequestBodyErrors(Object.assign(new Error(message), { status, type }), {} as never, {} as never, (e?: unknown) => (passed = e));
  return passed;
}

describe('AllExceptionsFilter', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });

  const connectionFailures: [string, unknown][] = [
    ['ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['ECONNRESET', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['ETIMEDOUT', Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' })],
    ['EPIPE', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })],
    ['a dual-stack AggregateError', new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], '')],
    ['pg: Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    ['pg-pool: timeout', new Error('timeout exceeded when trying to connect')],
    ['SQLSTATE 57P01 (admin shutdown)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['SQLSTATE 57P03 (cannot connect now)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['SQLSTATE 08006 (class 08)', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['TypeORM QueryFailedError wrapping 57P02', Object.assign(new Error('crash shutdown'), { driverError: { code: '57P02' } })],
    ['an error caused by ECONNREFUSED', new Error('query failed', { cause: { code: 'ECONNREFUSED' } })],
  ];

  it.each(connectionFailures)('answers a lost database (%s) 503 database.unavailable with Retry-After', (_name, error) => {
    expect(answer(error)).toEqual({
      status: 503,
      body: {
        statusCode: 503,
        error: 'Service Unavailable',
        message: `The database is unavailable right now; retry in ${RETRY_AFTER_SECONDS} seconds.`,
        code: 'database.unavailable',
      },
    });
    expect(sentHeaders['Retry-After']).toBe(String(RETRY_AFTER_SECONDS));
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a syntax error wrapped by TypeORM', Object.assign(new Error('syntax error'), { driverError: { code: '42601' } })],
    ['a plain error', new Error('boom')],
  ])('answers %s 500, not 503', (_name, error) => {
    expect(answer(error).status).toBe(500);
    expect(sentHeaders['Retry-After']).toBeUndefined();
  });

  it('answers a request body nesting too deep 400 request.too_deep', () => {
    expect(answer(new RequestBodyError(400, 'entity.too.deep', 'Request body nests deeper than 32 levels'))).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'Request body nests deeper than 32 levels', code: 'request.too_deep' },
    });
  });

  it('adds Retry-After to a search 503 and to a passed-through 503 (health)', () => {
    answer(new ServiceUnavailableException({ status: 'error', info: {}, error: {}, details: {} }));
    expect(sentHeaders['Retry-After']).toBe(String(RETRY_AFTER_SECONDS));
  });
  afterAll(() => jest.restoreAllMocks());

  it('answers a domain error with the status of its category and its own code', () => {
    expect(answer(new StaleVersionError('Job offer', 3))).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'Job offer was changed by someone else: version 3 is not the current version',
        code: 'version.stale',
      },
    });
  });

  it.each([
    [
      'the validation pipe',
      new ValidationFailedException(['title must be a string']),
      400,
      'validation.failed',
      ['title must be a string'],
    ],
    [
      'another 400 (a broken path)',
      new BadRequestException("Failed to decode param '%E0%A4%A'"),
      400,
      'request.invalid',
      "Failed to decode param '%E0%A4%A'",
    ],
    ['no token (a guard)', new UnauthorizedException(), 401, 'auth.unauthenticated', 'Unauthorized'],
    ['a guard answering false', new ForbiddenException('Forbidden resource'), 403, 'auth.forbidden_role', 'Forbidden resource'],
    ['an unknown route', new NotFoundException('Cannot GET /api/v1/nothing'), 404, 'route.not_found', 'Cannot GET /api/v1/nothing'],
    ['the throttler', new ThrottlerException(), 429, 'rate_limited', 'ThrottlerException: Too Many Requests'],
    ['a status without a code of its own (4xx)', new HttpException('I am a teapot', 418), 418, 'request.invalid', 'I am a teapot'],
    ['a status without a code of its own (5xx)', new ServiceUnavailableException('down'), 503, 'internal', 'down'],
  ])('answers %s with its own status and a code by that status', (_what, exception, status, code, message) => {
    const { status: sent, body } = answer(exception);
    expect({ sent, body }).toEqual({ sent: status, body: { statusCode: status, error: expect.any(String), message, code } });
  });

  it.each([
    ['malformed JSON', 400, 'entity.parse.failed', 'request.malformed_json', 'Request body is not valid JSON'],
    ['a body over the limit', 413, 'entity.too.large', 'request.too_large', 'Request body is too large'],
    ['an unsupported charset', 415, 'charset.unsupported', 'request.unsupported_encoding', 'raw parser message'],
    ['an unsupported content encoding', 415, 'encoding.unsupported', 'request.unsupported_encoding', 'raw parser message'],
    ['an aborted upload', 400, 'request.aborted', 'request.invalid', 'raw parser message'],
  ])('answers a body-parser error (%s) with its status and code', (_what, status, type, code, message) => {
    const error = bodyParserError(status, type);
    expect(error).toBeInstanceOf(RequestBodyError);
    expect(answer(error)).toEqual({ status, body: { statusCode: status, error: expect.any(String), message, code } });
  });

  it('answers anything unexpected with 500, code internal and an error id, never its message', () => {
    const { status, body } = answer(new Error('connection string with a password'));
    expect(status).toBe(500);
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: expect.any(String),
      code: 'internal',
      errorId: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('passes a library body of its own (the health check 503) through unchanged', () => {
    const health = { status: 'error', info: {}, error: { search: { status: 'down' } }, details: { search: { status: 'down' } } };
    expect(answer(new ServiceUnavailableException(health))).toEqual({ status: 503, body: health });
  });
});
