import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "Resource X with this id changed": written in the same transaction as the
 * change, consumed by the outbox worker. It carries no document data, so
 * erasing a person never has to chase copies of their profile in here.
 */
@Entity('search_outbox')
@Index('IDX_search_outbox_due', ['nextAttemptAt', 'id'])
@Index('IDX_search_outbox_entity', ['resource', 'entityId'])
export class SearchOutboxEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  resource!: string;

  @Column({ type: 'varchar', length: 64 })
  entityId!: string;

  /** The Meilisearch replica (its URL) this row is for; NULL: every replica (a change, not a retry). */
  @Column({ type: 'varchar', length: 512, nullable: true })
  replica!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
