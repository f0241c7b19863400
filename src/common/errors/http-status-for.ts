import { HttpStatus } from '@nestjs/common';
import { ErrorCategory } from './error-category';

/** The one mapping from error category to HTTP status. Exhaustive: adding an ErrorCategory without a status does not compile. */
export function httpStatusFor(category: ErrorCategory): HttpStatus {
  switch (category) {
    case ErrorCategory.InvalidInput:
      return HttpStatus.BAD_REQUEST;
    case ErrorCategory.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCategory.Forbidden:
      return HttpStatus.FORBIDDEN;
    case ErrorCategory.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCategory.Conflict:
    case ErrorCategory.StaleVersion:
    case ErrorCategory.InvalidState:
      return HttpStatus.CONFLICT;
    case ErrorCategory.PayloadTooLarge:
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case ErrorCategory.UnsupportedMediaType:
      return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    case ErrorCategory.RateLimited:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCategory.Internal:
      return HttpStatus.INTERNAL_SERVER_ERROR;
    case ErrorCategory.SearchUnavailable:
    case ErrorCategory.DatabaseUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unhandled: never = category;
      throw new Error(`No HTTP status for error category ${String(unhandled)}`);
    }
  }
}
