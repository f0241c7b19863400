import { UnavailableError } from '../common/errors/domain-error';

export class SearchUnavailableError extends UnavailableError {
  constructor(detail: string) {
    super(`Search is temporarily unavailable: ${detail}`, 'search.unavailable');
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
