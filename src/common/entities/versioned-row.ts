import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The timestamps and the `version` every mutable row carries. The version is
 * what a stale PATCH is checked against — atomically, in each repository's
 * `UPDATE … WHERE version = $n`; @VersionColumn alone only increments it.
 */
export abstract class VersionedRow {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
