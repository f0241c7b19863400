import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../auth/entities/user.entity';

export const SAVED_SEARCH_KINDS = ['job_offers', 'candidates'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];
export const ALERT_SETTINGS = ['off', 'daily', 'instant'] as const;
export type AlertSetting = (typeof ALERT_SETTINGS)[number];

/**
 * A search someone keeps: the parameters of the search route (as the route
 * takes them, strings), and whether and how often new results are announced.
 * Gone with the account.
 */
@Entity('saved_searches')
@Check('saved_searches_kind_check', `kind IN ('job_offers', 'candidates')`)
@Check('saved_searches_alert_check', `alert IN ('off', 'daily', 'instant')`)
@Index('IDX_saved_searches_owner', ['ownerUserId', 'createdAt'])
@Index('IDX_saved_searches_alert', ['alert', 'kind'])
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_saved_searches' })
  id!: string;

  @Column({ type: 'uuid' })
  ownerUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'FK_saved_searches_owner' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: SavedSearchKind;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The search route's query parameters, validated and as strings (e.g. `{"q":"Python","cities":"Dresden"}`). */
  @Column({ type: 'jsonb' })
  query!: Record<string, string>;

  @Column({ type: 'varchar', length: 8 })
  alert!: AlertSetting;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the last alert was sent (null: none yet). */
  @Column({ type: 'timestamptz', nullable: true })
  lastAlertAt!: Date | null;

  /** When the alert job last ran this search (the daily schedule counts from here). */
  @Column({ type: 'timestamptz', nullable: true })
  lastCheckedAt!: Date | null;
}
