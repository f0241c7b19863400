import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors/domain-error';

/** Absent or someone else's: the same answer. */
export class SavedSearchNotFoundError extends NotFoundError {
  constructor() {
    super('Saved search', 'saved_search.not_found');
  }
}

export class SavedSearchWrongKindError extends InvalidInputError {
  constructor(expected: string) {
    super(`kind must be ${expected} for your account`, 'saved_search.wrong_kind');
  }
}

export class SavedSearchLimitError extends ConflictError {
  constructor(max: number) {
    super(`You can keep at most ${max} saved searches; delete one first`, 'saved_search.limit_reached');
  }
}
