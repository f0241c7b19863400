/**
 * What kind of failure an error is. The category alone decides the HTTP status
 * (see httpStatusFor); the specific `code` a client branches on is in the error catalogue.
 */
export enum ErrorCategory {
  InvalidInput = 'invalid_input',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  Conflict = 'conflict',
  StaleVersion = 'stale_version',
  InvalidState = 'invalid_state',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  RateLimited = 'rate_limited',
  Internal = 'internal',
  SearchUnavailable = 'search_unavailable',
  DatabaseUnavailable = 'database_unavailable',
}
