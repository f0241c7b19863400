import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * "Something of this kind was indexed": written by the search pipeline's
 * SEARCH_INDEXED hook in its own transaction, taken (and deleted) by the
 * instant alert run. One row per kind, so a burst of indexing is one run; a
 * row left by a crash is picked up by the next run.
 */
@Entity('saved_search_instant_triggers')
export class InstantAlertTriggerEntity {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_saved_search_instant_triggers' })
  kind!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  since!: Date;

  /** How many indexing batches asked for a run since it was written (for the logs). */
  @Column({ type: 'integer', default: 1 })
  events!: number;
}
