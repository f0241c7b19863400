import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SavedSearchEntity } from './saved-search.entity';

/**
 * An item (offer or profile id) a saved search has already seen: found when it
 * was saved, or announced by an alert. An item is announced at most once per saved search.
 * Erasing a candidate profile deletes its rows (SavedSearchRecordsHandler), hence the index on the item.
 */
@Entity('saved_search_hits')
@Index('IDX_saved_search_hits_item', ['itemId'])
export class SavedSearchHitEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_saved_search_hits' })
  savedSearchId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_saved_search_hits' })
  itemId!: string;

  @ManyToOne(() => SavedSearchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'saved_search_id', foreignKeyConstraintName: 'FK_saved_search_hits_saved_search' })
  savedSearch?: SavedSearchEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
