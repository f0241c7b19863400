import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from './error-code';

/** Exhaustive: adding an ErrorCode without a status does not compile. */
export function httpStatusFor(code: ErrorCode): HttpStatus {
  switch (code) {
    case ErrorCode.InvalidInput:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.Conflict:
    case ErrorCode.StaleVersion:
      return HttpStatus.CONFLICT;
    case ErrorCode.InvalidState:
      return HttpStatus.CONFLICT;
    case ErrorCode.SearchUnavailable:
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unhandled: never = code;
      throw new Error(`No HTTP status for error code ${String(unhandled)}`);
    }
  }
}
