/** The API's error answer (docs/errors.md): `message` is for people, `code` for programs. */
export interface ErrorBody {
  statusCode?: number;
  error?: string;
  message?: string | string[];
  code?: string;
}

/**
 * The field a validation message is about: its first token, a property path such as `email` or
 * `languages.0.level` ("languages.0.level must be one of: A1, …"), also in class-validator's
 * "property x should not exist" and "each value in x must …" forms. Null for messages about no field.
 */
export function fieldOfMessage(message: string): string | null {
  const match =
    /^(?:property |each value in )?([A-Za-z_$][\w$]*(?:\.[\w$]+)*) (?:must|should|has|have|is|are|contains|cannot|needs|may)\b/.exec(
      message,
    );
  return match?.[1] ?? null;
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && ('message' in body || 'statusCode' in body || 'code' in body);
}

/**
 * Every failed API call, as the web app sees it: the HTTP status (0: the server was not reached),
 * the API's error code, its messages, and the messages that name a field, by field path.
 * Pages branch on `status`/`code`; forms pass the whole error to <Form error>.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: readonly string[],
    readonly fieldErrors: Readonly<Record<string, readonly string[]>>,
  ) {
    super(messages[0] ?? `HTTP ${status}`);
  }

  /** From an error answer; a body that is not the API's shape (a proxy's HTML page) yields no messages. */
  static fromResponse(status: number, body: unknown): ApiError {
    const shaped = isErrorBody(body) ? body : {};
    const raw = shaped.message;
    const messages = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []).filter(
      (m): m is string => typeof m === 'string' && m.length > 0,
    );
    const fieldErrors: Record<string, string[]> = {};
    for (const message of messages) {
      const field = fieldOfMessage(message);
      if (field) (fieldErrors[field] ??= []).push(message);
    }
    const code = typeof shaped.code === 'string' ? shaped.code : `http_${status}`;
    return new ApiError(status, code, messages, fieldErrors);
  }

  /** The request did not reach the API (offline, DNS, server down). */
  static network(cause?: unknown): ApiError {
    const error = new ApiError(0, 'network', [], {});
    if (cause !== undefined) (error as { cause?: unknown }).cause = cause;
    return error;
  }

  /** Messages that name no field (shown in the form's error summary). */
  get generalMessages(): string[] {
    return this.messages.filter((m) => fieldOfMessage(m) === null);
  }

  /** The same error with a message added to a field, e.g. a 409 "e-mail taken" shown at the e-mail field. */
  withFieldError(field: string, message: string): ApiError {
    return new ApiError(this.status, this.code, this.messages, {
      ...this.fieldErrors,
      [field]: [...(this.fieldErrors[field] ?? []), message],
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
