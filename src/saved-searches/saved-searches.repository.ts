import { Injectable } from '@nestjs/common';
import { withSessionAdvisoryLock } from '../common/scheduling/session-advisory-lock';
import { DataSource, EntityManager, In } from 'typeorm';
import { InstantAlertTriggerEntity } from './entities/instant-alert-trigger.entity';
import { SavedSearchHitEntity } from './entities/saved-search-hit.entity';
import { AlertSetting, SavedSearchEntity, SavedSearchKind } from './entities/saved-search.entity';

export interface NewSavedSearch {
  ownerUserId: string;
  kind: SavedSearchKind;
  name: string;
  query: Record<string, string>;
  alert: AlertSetting;
}

/** Saved searches, the items each has seen, and the instant-alert triggers. Owner-scoped reads take the owner id. */
@Injectable()
export class SavedSearchesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The saved search and, as already seen, the items it finds now (so the first alert reports only what is new). */
  async insert(manager: EntityManager, row: NewSavedSearch, seen: string[]): Promise<SavedSearchEntity> {
    const saved = await manager.save(manager.create(SavedSearchEntity, { ...row, lastAlertAt: null, lastCheckedAt: null }));
    await this.addHits(manager, saved.id, seen);
    return saved;
  }

  countOwn(ownerUserId: string): Promise<number> {
    return this.dataSource.manager.countBy(SavedSearchEntity, { ownerUserId });
  }

  listOwn(ownerUserId: string, page: number, limit: number): Promise<[SavedSearchEntity[], number]> {
    return this.dataSource.manager.findAndCount(SavedSearchEntity, {
      where: { ownerUserId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }

  async deleteOwn(ownerUserId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(SavedSearchEntity, { id, ownerUserId });
    return (result.affected ?? 0) > 0;
  }

  /** The saved searches of the account that owns this candidate profile, oldest first (for its export). */
  ofProfileOwner(profileId: string): Promise<SavedSearchEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(SavedSearchEntity, 's')
      .where('s.owner_user_id = (SELECT p.user_id FROM candidate_profiles p WHERE p.id = :profileId)', { profileId })
      .orderBy('s.created_at', 'ASC')
      .getMany();
  }

  /** Erasure of a profile: no saved search keeps its id among what it has seen. */
  async forgetItem(manager: EntityManager, itemId: string): Promise<void> {
    await manager.delete(SavedSearchHitEntity, { itemId });
  }

  /** Of `itemIds`, those this saved search has not seen yet, in the given order. */
  async unseen(manager: EntityManager, savedSearchId: string, itemIds: string[]): Promise<string[]> {
    if (!itemIds.length) return [];
    const seen = await manager.find(SavedSearchHitEntity, { select: { itemId: true }, where: { savedSearchId, itemId: In(itemIds) } });
    const known = new Set(seen.map((h) => h.itemId));
    return itemIds.filter((id) => !known.has(id));
  }

  async addHits(manager: EntityManager, savedSearchId: string, itemIds: string[]): Promise<void> {
    if (!itemIds.length) return;
    await manager.query(`INSERT INTO saved_search_hits (saved_search_id, item_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      savedSearchId,
      [...new Set(itemIds)],
    ]);
  }

  /** Records a run of the saved search (and, when it announced something, the alert time). */
  async markChecked(manager: EntityManager, savedSearchId: string, at: Date, alerted: boolean): Promise<void> {
    await manager.update(
      SavedSearchEntity,
      { id: savedSearchId },
      alerted ? { lastCheckedAt: at, lastAlertAt: at } : { lastCheckedAt: at },
    );
  }

  /** Daily searches whose last run (or creation) is at least a day before `now`, oldest first. */
  dueDaily(dueBefore: Date, limit: number): Promise<SavedSearchEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(SavedSearchEntity, 's')
      .where(`s.alert = 'daily' AND COALESCE(s.last_checked_at, s.created_at) <= :dueBefore`, { dueBefore })
      .orderBy('COALESCE(s.last_checked_at, s.created_at)', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Re-reads a saved search in the run's transaction, locked (it may have been deleted or changed meanwhile). */
  findForUpdate(manager: EntityManager, id: string): Promise<SavedSearchEntity | null> {
    return manager.findOne(SavedSearchEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  instantSearches(manager: EntityManager, kinds: SavedSearchKind[]): Promise<SavedSearchEntity[]> {
    return manager.find(SavedSearchEntity, { where: { alert: 'instant', kind: In(kinds) }, order: { createdAt: 'ASC' } });
  }

  /** Leaves a trigger for the instant run of `kind` in the caller's (the search pipeline's) transaction, if anyone waits for one. */
  async trigger(manager: EntityManager, kind: SavedSearchKind): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO saved_search_instant_triggers (kind)
       SELECT $1::varchar WHERE EXISTS (SELECT 1 FROM saved_searches WHERE alert = 'instant' AND kind = $1::varchar)
       ON CONFLICT (kind) DO UPDATE SET events = saved_search_instant_triggers.events + 1
       RETURNING kind`,
      [kind],
    );
    return rows.length > 0;
  }

  /** Takes every trigger (deleted in the caller's transaction: back if it rolls back). */
  async takeTriggers(manager: EntityManager): Promise<SavedSearchKind[]> {
    // A DELETE … RETURNING answers [rows, affected].
    const [rows]: [{ kind: SavedSearchKind }[], number] = await manager.query(`DELETE FROM saved_search_instant_triggers RETURNING kind`);
    return rows.map((r) => r.kind);
  }

  async hasTriggers(): Promise<boolean> {
    return (await this.dataSource.manager.count(InstantAlertTriggerEntity)) > 0;
  }

  /** Transaction-scoped advisory lock: waits while another instance holds it. */
  async lockForTransaction(manager: EntityManager, name: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [name]);
  }

  /** Runs `work` holding a session advisory lock, or `{ ran: false }` at once when another instance holds it. */
  withSessionLock<T>(name: string, work: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
    return withSessionAdvisoryLock(this.dataSource, name, work);
  }
}
