import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRow } from '../../common/entities/versioned-row';
import type { Role } from '../role';

@Entity('users')
@Check('users_role_check', `role IN ('candidate', 'employer', 'staff')`)
export class UserEntity extends VersionedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased and trimmed; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
