/**
 * Names for the shapes the shell and shared components use. They come from the OpenAPI document
 * (components['schemas']); write your own shape only for an answer the document does not describe,
 * and use it as `unwrap(call, untilDocumented<Shape>())` so the documented type wins once it exists.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type SelfRegisterableRole = Schemas['SelfRegisterableRole'];
export type User = Schemas['AccountDto'];
export type AccountLanguage = Schemas['AccountLanguage'];
export type AuthSession = Schemas['AuthResponseDto'];
export type TaxonomySuggestion = Schemas['AutocompleteItem'];

/** A skill or occupation as a form holds it: an ESCO concept, or free text (`escoUri: null`) the API resolves. */
export interface Concept {
  label: string;
  escoUri: string | null;
}

/** The list answer of docs/api.md: `{items, total, page, limit}`. */
export interface ListPage<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}
