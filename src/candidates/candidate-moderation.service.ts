import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UsersRepository } from '../auth/users.repository';
import { AuditLogService } from '../audit-log/audit-log.service';
import { SearchOutboxService } from '../search/indexing/search-outbox.service';
import { CandidateStaffView, toStaffView } from './candidate-profile.mapper';
import { CANDIDATES_INDEX } from './candidates.index';
import { CandidateProfileNotFoundError } from './candidates.errors';
import { CandidatesRepository } from './candidates.repository';
import { CandidateDecisionDto } from './dto/candidate-moderation.dto';

/** Staff hide a profile (it leaves search at once) or restore it. */
@Injectable()
export class CandidateModerationService {
  constructor(
    private readonly repository: CandidatesRepository,
    private readonly users: UsersRepository,
    private readonly outbox: SearchOutboxService,
    private readonly audit: AuditLogService,
  ) {}

  async decide(staff: AuthenticatedUser, profileId: string, dto: CandidateDecisionDto): Promise<CandidateStaffView> {
    const row = await this.repository.inTransaction(async (manager) => {
      const before = await this.repository.findById(profileId, manager);
      if (!before) throw new CandidateProfileNotFoundError();
      const saved =
        dto.decision === 'hide'
          ? await this.repository.setHiddenByStaff(manager, profileId, new Date(), dto.reason)
          : await this.repository.setHiddenByStaff(manager, profileId, null, null);
      if (!saved) throw new CandidateProfileNotFoundError();
      await this.outbox.enqueue(manager, CANDIDATES_INDEX, [saved.id]);
      // `status` is one of the keys the audit log keeps when the candidate is erased later.
      await this.audit.record(manager, {
        actor: staff,
        action: `candidate.${dto.decision}`,
        entityType: 'candidate',
        entityId: saved.id,
        reason: dto.reason,
        before: { status: before.hiddenByStaffAt ? 'hidden_by_staff' : 'active' },
        after: { status: saved.hiddenByStaffAt ? 'hidden_by_staff' : 'active' },
      });
      return saved;
    });
    await this.outbox.syncNow(CANDIDATES_INDEX, [row.id]);
    return toStaffView(row, (await this.users.findById(row.userId))?.email ?? '');
  }
}
