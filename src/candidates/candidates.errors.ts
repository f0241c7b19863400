import { NotFoundError, UnavailableError } from '../common/errors/domain-error';

/** No such profile, or one hidden from the caller, or (for /candidates/me…) the caller has none yet. */
export class CandidateProfileNotFoundError extends NotFoundError {
  constructor() {
    super('Candidate profile', 'candidate_profile.not_found');
  }
}

/** The caller's account is gone (erased while the request ran). */
export class AccountNotFoundError extends NotFoundError {
  constructor() {
    super('Account', 'account.not_found');
  }
}

/**
 * The erasure is committed (account and profile are gone from the database),
 * but Meilisearch could not be reached to remove the search document at once.
 * The outbox row written with the erasure removes it as soon as search is back.
 */
export class ErasureSearchRemovalPendingError extends UnavailableError {
  constructor() {
    super(
      'Your profile and account were erased. Search is unavailable right now, so removing your profile from search results is pending; it happens automatically as soon as search is back.',
      'erasure.search_removal_pending',
    );
  }
}
