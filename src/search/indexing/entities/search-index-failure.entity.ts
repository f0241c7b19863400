import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A document Meilisearch refused, isolated by batch splitting: what, why, how often. */
@Entity('search_index_failures')
@Index('IDX_search_index_failures_entity', ['resource', 'entityId'])
export class SearchIndexFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  resource!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  meiliCode!: string | null;

  @Column({ type: 'integer' })
  attempts!: number;

  /** True once the pipeline stopped retrying this entry. */
  @Column({ type: 'boolean', default: false })
  gaveUp!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  failedAt!: Date;
}
