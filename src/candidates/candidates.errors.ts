import { DomainError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { ErrorCategory } from '../common/errors/error-category';

export class CandidateProfileNotFoundError extends NotFoundError {
  constructor() {
    super('Candidate profile');
  }
}

export class EmployerNotVerifiedError extends ForbiddenError {
  constructor() {
    super('Only verified employers may search or view candidate profiles; your organisation is not verified yet');
  }
}

/**
 * The erasure is committed (account and profile are gone from the database),
 * but Meilisearch could not be reached to remove the search document at once.
 * The outbox row written with the erasure removes it as soon as search is back.
 */
export class ErasureSearchRemovalPendingError extends DomainError {
  constructor() {
    super(
      ErrorCategory.SearchUnavailable,
      'Your profile and account were erased. Search is unavailable right now, so removing your profile from search results is pending; it happens automatically as soon as search is back.',
    );
  }
}
