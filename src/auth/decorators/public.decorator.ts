import { SetMetadata } from '@nestjs/common';

export const AUTH_MODE_KEY = 'authMode';
export type AuthMode = 'public' | 'optional';

/** Reachable without a token. Every other route requires one: the guard denies by default. */
export const Public = () => SetMetadata(AUTH_MODE_KEY, 'public' satisfies AuthMode);

/** Reachable without a token, but a valid token identifies the caller (e.g. owners see their drafts). */
export const OptionalAuth = () => SetMetadata(AUTH_MODE_KEY, 'optional' satisfies AuthMode);
