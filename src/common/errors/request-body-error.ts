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

/** Deepest nesting of objects and arrays a JSON body may have (the DTOs nest 3 levels; 32 leaves room). */
export const MAX_BODY_DEPTH = 32;

/** Keys no DTO has that the validation's whitelist does not see (they name members of every object). */
const PROTOTYPE_KEYS = ['__proto__', 'constructor'];

/** Half of a UTF-16 surrogate pair without its other half: JSON's `\ud800` escapes it, UTF-8 cannot encode it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a text no route could store or check: a NUL (PostgreSQL text cannot hold one) or a lone surrogate. */
export type TextFault = 'nul' | 'lone_surrogate';

function textFault(text: string): TextFault | undefined {
  if (text.includes('\u0000')) return 'nul';
  // The validators (isEmail's encodeURI) and PostgreSQL's UTF-8 both fail on it, with a 500.
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  return undefined;
}

/**
 * What a JSON body holds that no route reads: how deep it nests objects and
 * arrays (counted up to `limit` + 1), the first prototype key of some object, and the
 * first fault of some string (key or value).
 */
export function bodyShape(
  value: unknown,
  limit: number,
): { depth: number; protoKey: string | undefined; textFault: TextFault | undefined } {
  let depth = 0;
  let fault = typeof value === 'string' ? textFault(value) : undefined;
  let protoKey: string | undefined;
  // Counted without recursion: the body may nest far deeper than the stack. Each entry: value, level, path.
  const pending: [unknown, number, string][] = [[value, 1, '']];
  while (pending.length) {
    const [current, level, path] = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    depth = Math.max(depth, level);
    if (depth > limit) break;
    const key = PROTOTYPE_KEYS.find((k) => Object.hasOwn(current, k));
    // Named by its path (salary.constructor), as the validation names a field.
    if (key !== undefined) protoKey ??= path ? `${path}.${key}` : key;
    for (const [childKey, child] of Object.entries(current)) {
      fault ??= textFault(childKey);
      if (typeof child === 'string') fault ??= textFault(child);
      else pending.push([child, level + 1, path ? `${path}.${childKey}` : childKey]);
    }
  }
  return { depth, protoKey, textFault: fault };
}

const TEXT_FAULT_MESSAGES: Record<TextFault, string> = {
  nul: 'Text in the request must not contain the NUL character (\\u0000)',
  lone_surrogate: 'Text in the request must be valid Unicode: it contains half of a surrogate pair (e.g. \\ud800) without the other half',
};

/**
 * Express middleware, right after the JSON body parser. A body nesting deeper
 * than MAX_BODY_DEPTH is refused (`request.too_deep`) before validation, whose
 * recursion such a body would otherwise overflow. A `__proto__` or `constructor`
 * key (JSON.parse keeps them as own properties, so they pollute nothing, but
 * the validation's whitelist does not see them and the DTO copy drops them) is
 * refused like any unknown field (`validation.failed`), as the API contract wants; in the query string as well.
 * Text no route can check or store (NUL, lone surrogates) is refused with `request.invalid`.
 */
export function rejectHostileBodies(req: Request, _res: Response, next: NextFunction): void {
  const { depth, protoKey, textFault } = bodyShape(req.body, MAX_BODY_DEPTH);
  const fault = textFault ?? bodyShape(req.query, 2).textFault;
  if (depth > MAX_BODY_DEPTH) next(new RequestBodyError(400, 'entity.too.deep', `Request body nests deeper than ${MAX_BODY_DEPTH} levels`));
  else if (protoKey) next(new RequestBodyError(400, 'entity.proto.key', `property ${protoKey} should not exist`));
  else if (fault) next(new RequestBodyError(400, `entity.text.${fault}`, TEXT_FAULT_MESSAGES[fault]));
  else {
    // The query string too: Express' parser keeps a `constructor` key, which the validation would then read as the DTO's class.
    const queryKey = PROTOTYPE_KEYS.find((key) => Object.hasOwn(req.query ?? {}, key));
    if (queryKey) next(new RequestBodyError(400, 'entity.proto.key', `query parameter ${queryKey} should not exist`));
    else next();
  }
}
