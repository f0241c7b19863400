import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One decision or status change: who, what, when, why, before → after.
 * Append-only: a trigger refuses DELETE, TRUNCATE and every UPDATE except the
 * one that anonymises a row (sets `anonymised_at`), see the migration.
 * No foreign keys: the log outlives the accounts and objects it names.
 */
@Entity('audit_log')
@Index('IDX_audit_log_entity', ['entityType', 'entityId', 'createdAt'])
@Index('IDX_audit_log_created', ['createdAt'])
export class AuditLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  actorRole!: string;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32 })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;
}
