import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** A signed-out access token (by its `jti`), refused on every instance until it would have expired anyway. */
@Entity('revoked_access_tokens')
@Index('IDX_revoked_access_tokens_expiry', ['expiresAt'])
export class RevokedAccessTokenEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_revoked_access_tokens' })
  jti!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_revoked_access_tokens_user' })
  user?: UserEntity;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
