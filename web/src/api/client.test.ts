import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createApiClient, unwrap } from './client';

function setup(answer: (request: Request) => Response, token: string | null = 'token-1') {
  const seen: Request[] = [];
  const onUnauthorized = vi.fn();
  const api = createApiClient({
    baseUrl: 'http://api.test',
    fetch: async (input) => {
      const request = input as Request;
      seen.push(request);
      return answer(request);
    },
    getToken: () => token,
    getLanguage: () => 'pl',
    langRoutes: new Set(['GET /api/v1/taxonomy/skills', 'PUT /api/v1/candidates/me']),
    onUnauthorized,
  });
  return { api, seen, onUnauthorized };
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('API client', () => {
  it('sends the bearer token and the language on routes that take lang', async () => {
    const { api, seen } = setup(() => json(200, { items: [] }));
    await expect(unwrap(api.GET('/api/v1/taxonomy/skills', { params: { query: { q: 'pyth' } } }))).resolves.toEqual({ items: [] });
    const url = new URL(seen[0]!.url);
    expect(url.searchParams.get('q')).toBe('pyth');
    expect(url.searchParams.get('lang')).toBe('pl');
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('keeps an explicit lang and adds none where the route does not take it', async () => {
    const { api, seen } = setup(() => json(200, {}));
    await unwrap(api.GET('/api/v1/taxonomy/skills', { params: { query: { q: 'x', lang: 'cs' } } }));
    await unwrap(api.GET('/api/v1/auth/me'));
    expect(new URL(seen[0]!.url).searchParams.getAll('lang')).toEqual(['cs']);
    expect(new URL(seen[1]!.url).searchParams.has('lang')).toBe(false);
  });

  it('adds lang to a write route and passes its JSON body on whole', async () => {
    const { api, seen } = setup(() => json(200, { id: 'p1' }));
    await unwrap(api.PUT('/api/v1/candidates/me', { body: { firstName: 'Katarzyna', lastName: 'Wiśniewska', visibility: 'hidden' } }));
    const request = seen[0]!;
    expect(new URL(request.url).searchParams.get('lang')).toBe('pl');
    expect(request.method).toBe('PUT');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(JSON.parse(await request.text())).toEqual({ firstName: 'Katarzyna', lastName: 'Wiśniewska', visibility: 'hidden' });
  });

  it('turns error answers into ApiError with field errors', async () => {
    const { api } = setup(() =>
      json(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: ['password must be at least 12 characters long'],
        code: 'validation_failed',
      }),
    );
    const error = await unwrap(
      api.POST('/api/v1/auth/register', { body: { email: 'a@b.de', password: 'short', role: 'candidate' } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fieldErrors: { password: ['password must be at least 12 characters long'] },
    });
  });

  it('reports a 401 to a request that carried a token as the end of the session', async () => {
    const withToken = setup(() => json(401, { statusCode: 401, message: 'Missing, invalid or expired access token' }));
    await expect(unwrap(withToken.api.GET('/api/v1/auth/me'))).rejects.toMatchObject({ status: 401 });
    expect(withToken.onUnauthorized).toHaveBeenCalledOnce();
    const anonymous = setup(() => json(401, { statusCode: 401, message: 'Invalid e-mail or password' }), null);
    await expect(unwrap(anonymous.api.POST('/api/v1/auth/login', { body: { email: 'a@b.de', password: 'x' } }))).rejects.toMatchObject({
      status: 401,
    });
    expect(anonymous.onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns an unreachable server into a network ApiError', async () => {
    const { api } = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(unwrap(api.GET('/api/v1/auth/me'))).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
