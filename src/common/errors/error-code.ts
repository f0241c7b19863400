/** Every domain error the services may raise; the exception filter maps each to one HTTP status. */
export enum ErrorCode {
  InvalidInput = 'invalid_input',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  Conflict = 'conflict',
  StaleVersion = 'stale_version',
  InvalidState = 'invalid_state',
  SearchUnavailable = 'search_unavailable',
}
