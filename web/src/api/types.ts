/**
 * Shapes from docs/api.md for answers the OpenAPI document does not describe yet. Use them only as
 * `unwrap(call, untilDocumented<X>())`: once the document describes the answer, its type wins.
 */
import type { components } from './schema';

export type Role = 'candidate' | 'employer' | 'staff';
export type SelfRegisterableRole = components['schemas']['RegisterDto']['role'];

export interface User {
  id: string;
  email: string;
  role: Role;
}

export interface AuthSession {
  user: User;
  accessToken: string;
}

/** A skill or occupation: resolved to an ESCO concept where the server could, else as written. */
export interface Concept {
  label: string;
  escoUri: string | null;
}

export interface TaxonomySuggestion {
  label: string;
  escoUri: string;
  matchedLabel?: string;
  lang?: string;
}

export interface ListPage<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
