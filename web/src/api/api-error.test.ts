import { describe, expect, it } from 'vitest';
import { ApiError, fieldOfMessage } from './api-error';

describe('fieldOfMessage', () => {
  it.each([
    ['email must be a valid e-mail address', 'email'],
    ['password must be at least 12 characters long', 'password'],
    ['languages.0.level must be one of: A1, A2, B1, B2, C1, C2, native', 'languages.0.level'],
    ['degrees.1.graduationYear must not be less than 1950', 'degrees.1.graduationYear'],
    ['property nickname should not exist', 'nickname'],
    ['each value in skills must be a string', 'skills'],
    ['lang must be one of: de, en, pl, cs', 'lang'],
  ])('%s → %s', (message, field) => expect(fieldOfMessage(message)).toBe(field));

  it.each(['Request body is not valid JSON', 'Invalid e-mail or password', 'An account with this e-mail address already exists', ''])(
    'names no field in "%s"',
    (message) => expect(fieldOfMessage(message)).toBeNull(),
  );
});

describe('ApiError.fromResponse', () => {
  it('groups validation messages by field and keeps the rest as general messages', () => {
    const error = ApiError.fromResponse(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: [
        'email must be a valid e-mail address',
        'languages.0.level must be one of: A1, A2',
        'languages.0.level should not be empty',
        'Something else',
      ],
      code: 'validation_failed',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldErrors).toEqual({
      email: ['email must be a valid e-mail address'],
      'languages.0.level': ['languages.0.level must be one of: A1, A2', 'languages.0.level should not be empty'],
    });
    expect(error.generalMessages).toEqual(['Something else']);
  });

  it('takes a single string message and derives a code from the status when the body has none', () => {
    const error = ApiError.fromResponse(409, {
      statusCode: 409,
      error: 'Conflict',
      message: 'An account with this e-mail address already exists',
    });
    expect(error.code).toBe('http_409');
    expect(error.messages).toEqual(['An account with this e-mail address already exists']);
    expect(error.fieldErrors).toEqual({});
  });

  it('never takes text that is not the API error shape as a message', () => {
    for (const body of ['<html>Bad gateway</html>', null, undefined, 42, { foo: 'bar' }]) {
      const error = ApiError.fromResponse(502, body);
      expect(error.messages).toEqual([]);
      expect(error.code).toBe('http_502');
    }
  });

  it('adds a field error without changing the original', () => {
    const original = ApiError.fromResponse(409, { message: 'taken' });
    const mapped = original.withFieldError('email', 'This e-mail address is taken');
    expect(mapped.fieldErrors).toEqual({ email: ['This e-mail address is taken'] });
    expect(original.fieldErrors).toEqual({});
  });

  it('marks unreachable servers as status 0, code network', () => {
    expect(ApiError.network(new TypeError('Failed to fetch'))).toMatchObject({ status: 0, code: 'network', messages: [] });
  });
});
