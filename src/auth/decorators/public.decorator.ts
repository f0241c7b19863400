import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiOperation, type ApiOperationOptions, type SecurityRequirementObject } from '@nestjs/swagger';
import { ApiErrors } from '../../common/http/api-error-responses';

export const AUTH_MODE_KEY = 'authMode';
export type AuthMode = 'public' | 'optional';

/** The name of the bearer scheme in the OpenAPI document; every route requires it unless marked otherwise here. */
export const BEARER_SCHEME = 'bearer';

/**
 * The route's `security` in the OpenAPI document, the way the access-token
 * guard reads AUTH_MODE_KEY: on a method, or on a controller for every method
 * that does not say otherwise.
 */
function DocumentedSecurity(security: SecurityRequirementObject[]): ClassDecorator & MethodDecorator {
  // `summary: undefined` keeps the summary another ApiOperation gives (the options are merged).
  const onMethod = ApiOperation({ summary: undefined, security } as ApiOperationOptions);
  return ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) return onMethod(target, key!, descriptor);
    const prototype = (target as { prototype: object }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = Object.getOwnPropertyDescriptor(prototype, name);
      if (name === 'constructor' || typeof method?.value !== 'function') continue;
      // A method's own mode wins over the controller's (getAllAndOverride in the guard).
      if (Reflect.getMetadata(AUTH_MODE_KEY, method.value) !== undefined) continue;
      onMethod(prototype, name, method);
    }
    return undefined;
  }) as ClassDecorator & MethodDecorator;
}

/** Reachable without a token. Every other route requires one: the guard denies by default. */
export const Public = () => applyDecorators(SetMetadata(AUTH_MODE_KEY, 'public' satisfies AuthMode), DocumentedSecurity([]));

/** Reachable without a token, but a valid token identifies the caller (e.g. owners see their drafts); an invalid one is 401. */
export const OptionalAuth = () =>
  applyDecorators(
    SetMetadata(AUTH_MODE_KEY, 'optional' satisfies AuthMode),
    DocumentedSecurity([{}, { [BEARER_SCHEME]: [] }]),
    ApiErrors([401, 'A token was sent, but it is invalid or expired (send none to call anonymously)']),
  );
