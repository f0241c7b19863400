import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { InputValidationError } from '../common/errors/common.errors';
import { Page, pageOf } from '../common/http/pagination';
import { EmployerNotVerifiedError } from '../employers/employers.errors';
import { EmployersService } from '../employers/employers.service';
import { SavedSearchView, toSavedSearchView } from './dto/saved-search.view';
import type { CreateSavedSearchDto } from './dto/saved-search.dto';
import type { SavedSearchKind } from './entities/saved-search.entity';
import { checkSavedQuery } from './saved-search-query';
import { SavedSearchResultsReader } from './saved-search-results.reader';
import { SavedSearchLimitError, SavedSearchNotFoundError, SavedSearchWrongKindError } from './saved-searches.errors';
import { SavedSearchesRepository } from './saved-searches.repository';

/** How many searches one account may keep (each alert runs its query). */
export const MAX_SAVED_SEARCHES = 25;

/** What each role may save: candidates job searches, employers candidate searches. */
const KIND_OF_ROLE: Record<'candidate' | 'employer', SavedSearchKind> = { candidate: 'job_offers', employer: 'candidates' };

/**
 * Saved searches: candidates keep job searches, verified employers candidate
 * searches, with the route's parameters checked by the route's own DTO. What
 * the query finds when it is saved counts as seen: the first alert reports only what is new after that.
 */
@Injectable()
export class SavedSearchesService {
  constructor(
    private readonly repository: SavedSearchesRepository,
    private readonly employers: EmployersService,
    private readonly results: SavedSearchResultsReader,
  ) {}

  async create(user: AuthenticatedUser, body: CreateSavedSearchDto): Promise<SavedSearchView> {
    const kind = KIND_OF_ROLE[user.role as 'candidate' | 'employer'];
    if (body.kind !== kind) throw new SavedSearchWrongKindError(`"${kind}"`);
    if (user.role === 'employer' && !(await this.employers.isVerified(user.id)))
      throw new EmployerNotVerifiedError('save candidate searches');
    const { query, errors } = checkSavedQuery(kind, body.query);
    if (errors.length) throw new InputValidationError(errors.join('; '));
    if ((await this.repository.countOwn(user.id)) >= MAX_SAVED_SEARCHES) throw new SavedSearchLimitError(MAX_SAVED_SEARCHES);
    const seen = await this.results.findableForNewSearch({ ownerUserId: user.id, kind, query });
    const saved = await this.repository.transaction((manager) =>
      this.repository.insert(
        manager,
        { ownerUserId: user.id, kind, name: body.name, query, alert: body.alert },
        seen.map((item) => item.id),
      ),
    );
    return toSavedSearchView(saved);
  }

  async list(user: AuthenticatedUser, page: number, limit: number): Promise<Page<SavedSearchView>> {
    const [rows, total] = await this.repository.listOwn(user.id, page, limit);
    return pageOf(rows.map(toSavedSearchView), total, { page, limit });
  }

  async delete(user: AuthenticatedUser, id: string): Promise<void> {
    if (!(await this.repository.deleteOwn(user.id, id))) throw new SavedSearchNotFoundError();
  }
}
