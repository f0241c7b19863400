/**
 * Builds Meilisearch filter expressions in which every user value is a quoted
 * string literal, never syntax: quotes and backslashes are escaped, so
 * `OR`, `AND`, `TO`, `EXISTS`, brackets and the like inside a value stay text.
 * Attribute names come only from our code, never from a request.
 */
export function literal(value: string | number | boolean): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export const equals = (attribute: string, value: string | number | boolean) => `${attribute} = ${literal(value)}`;

export const atLeast = (attribute: string, value: number) => `${attribute} >= ${literal(value)}`;

export const atMost = (attribute: string, value: number) => `${attribute} <= ${literal(value)}`;

/** Any of the values (an empty list matches nothing, so callers skip the filter instead). */
export const anyOf = (attribute: string, values: readonly (string | number)[]) => `${attribute} IN [${values.map(literal).join(', ')}]`;

/** Every one of the values (for array attributes such as skill ids). */
export const allOf = (attribute: string, values: readonly (string | number)[]) => values.map((v) => equals(attribute, v)).join(' AND ');

/** Joins non-empty clauses with AND, each in brackets. */
export function and(...clauses: (string | null | undefined | false)[]): string | undefined {
  const present = clauses.filter((c): c is string => typeof c === 'string' && c.length > 0);
  return present.length ? present.map((c) => `(${c})`).join(' AND ') : undefined;
}
