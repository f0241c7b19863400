import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An index rebuild in progress. While a row exists, every worker (in every app
 * instance) writes changes to both the live index and the one being built, so
 * nothing changed during the rebuild is missing after the swap.
 */
@Entity('search_rebuilds')
export class SearchRebuildEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  resource!: string;

  @Column({ type: 'varchar', length: 128 })
  targetUid!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;
}
