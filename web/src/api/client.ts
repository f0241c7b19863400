import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** '' in the browser: the API is on the same origin as the app. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** The bearer token to send, if signed in. */
  getToken: () => string | null;
  /** The language the user chose (de, en, pl, cs): sent as `lang` where the operation takes it. */
  getLanguage: () => string;
  /** `METHOD /path` of the operations that take `lang` (generated from the OpenAPI document). */
  langRoutes: ReadonlySet<string>;
  /** A request that carried a token got 401: the session is over. */
  onUnauthorized?: () => void;
}

/**
 * The same request to another URL. A body is copied as bytes: `new Request(url, request)` would pass it on as
 * a stream, and Chromium sends a streamed upload only over HTTP/2 (over HTTP/1.1 it fails with
 * ERR_ALPN_NEGOTIATION_FAILED, and the person sees "no connection").
 */
async function withUrl(request: Request, url: URL): Promise<Request> {
  const body = request.body === null ? null : await request.arrayBuffer();
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    credentials: request.credentials,
    cache: request.cache,
    redirect: request.redirect,
    referrer: request.referrer,
    integrity: request.integrity,
    keepalive: request.keepalive,
  });
}

/**
 * The typed client of the public API (openapi-fetch over the generated `paths`): paths, parameters
 * and bodies are checked against the OpenAPI document, so a contract change breaks the build.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', ...(options.fetch ? { fetch: options.fetch } : {}) });
  const middleware: Middleware = {
    async onRequest({ request, schemaPath }) {
      const token = options.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      if (!options.langRoutes.has(`${request.method} ${schemaPath}`)) return request;
      const url = new URL(request.url);
      if (url.searchParams.has('lang')) return request;
      url.searchParams.set('lang', options.getLanguage());
      return withUrl(request, url);
    },
    onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has('Authorization')) options.onUnauthorized?.();
      return response;
    },
  };
  client.use(middleware);
  return client;
}

/** What an openapi-fetch call resolves to (either `data` or `error`). */
interface ApiResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The success body type the document declares for a call; `never`/`undefined` while it declares none. */
type SuccessData<R> = R extends { data: infer D } ? D : never;

/**
 * `T` while the OpenAPI document describes the answer; `Fallback` while it does not (many answers are
 * still untyped there). When the schema lands, the documented type takes over and code that does not
 * fit it stops compiling: the client gets stricter by itself.
 */
export type Documented<T, Fallback> = [T] extends [never]
  ? Fallback
  : [T] extends [undefined]
    ? Fallback
    : unknown extends T
      ? Fallback
      : T;

/** A marker for `unwrap`'s second argument: the shape to assume until the document describes the answer. */
export interface UntilDocumented<T> {
  readonly __shape?: T;
}
export function untilDocumented<T>(): UntilDocumented<T> {
  return {};
}

/**
 * Awaits an API call and returns its body, or throws an ApiError (status, code, messages, fieldErrors).
 * The shape for TanStack Query: `queryFn: () => unwrap(api.GET('/api/v1/…', { params }))`.
 * For answers the document does not describe yet, name the expected shape:
 * `unwrap(api.GET('/api/v1/auth/me'), untilDocumented<User>())`.
 */
export async function unwrap<R extends ApiResult, F = unknown>(
  call: Promise<R>,
  _shape?: UntilDocumented<F>,
): Promise<Documented<SuccessData<R>, F>> {
  let result: R;
  try {
    result = await call;
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (!result.response.ok) throw ApiError.fromResponse(result.response.status, result.error);
  return result.data as Documented<SuccessData<R>, F>;
}
