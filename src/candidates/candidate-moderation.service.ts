import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UsersRepository } from '../auth/users.repository';
import { SearchOutbox } from '../search/indexing/search-outbox.service';
import { CandidateStaffView, toStaffView } from './candidate-profile.mapper';
import { CANDIDATES_INDEX } from './candidates-index';
import { CandidateProfileNotFoundError } from './candidates.errors';
import { CandidatesRepository } from './candidates.repository';
import { CandidateDecisionDto } from './dto/candidate-moderation.dto';

/** Staff hide a profile (it leaves search at once) or restore it. */
@Injectable()
export class CandidateModerationService {
  constructor(
    private readonly repository: CandidatesRepository,
    private readonly users: UsersRepository,
    private readonly outbox: SearchOutbox,
  ) {}

  async decide(_staff: AuthenticatedUser, profileId: string, dto: CandidateDecisionDto): Promise<CandidateStaffView> {
    const row = await this.repository.inTransaction(async (manager) => {
      const saved =
        dto.decision === 'hide'
          ? await this.repository.setHiddenByStaff(manager, profileId, new Date(), dto.reason)
          : await this.repository.setHiddenByStaff(manager, profileId, null, null);
      if (!saved) throw new CandidateProfileNotFoundError();
      await this.outbox.enqueue(manager, CANDIDATES_INDEX, [saved.id]);
      // TODO(audit-log): record {actor: _staff.id, action: `candidate.${dto.decision}`, target: profileId, reason} through the
      // AuditLog service (branch issue-offers) in this transaction once it is in main.
      return saved;
    });
    await this.outbox.syncNow(CANDIDATES_INDEX, [row.id]);
    return toStaffView(row, (await this.users.findById(row.userId))?.email ?? '');
  }
}
