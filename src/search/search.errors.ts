import { DomainError } from '../common/errors/domain-error';
import { ErrorCategory } from '../common/errors/error-category';

export class SearchUnavailableError extends DomainError {
  constructor(detail: string) {
    super(ErrorCategory.SearchUnavailable, `Search is temporarily unavailable: ${detail}`);
  }
}

/** Meilisearch refused a task (bad document, bad settings): an error of ours, never "0 results". */
export class SearchTaskFailedError extends Error {
  constructor(
    readonly taskUid: number,
    readonly reason: string,
    readonly meiliCode: string | undefined,
  ) {
    super(`Meilisearch task ${taskUid} failed: ${reason}`);
    this.name = 'SearchTaskFailedError';
  }
}
