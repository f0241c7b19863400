import { HttpStatus } from '@nestjs/common';
import { ErrorCategory } from './error-category';

/** Exhaustive: adding an ErrorCategory without a status does not compile. */
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
      return HttpStatus.CONFLICT;
    case ErrorCategory.InvalidState:
      return HttpStatus.CONFLICT;
    case ErrorCategory.SearchUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unhandled: never = category;
      throw new Error(`No HTTP status for error category ${String(unhandled)}`);
    }
  }
}
