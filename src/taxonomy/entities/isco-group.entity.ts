import { Column, Entity, PrimaryColumn } from 'typeorm';

/** ISCO-08 groups (levels 1–4), e.g. for the Blue Card shortage-occupation list. */
@Entity('isco_groups')
export class IscoGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'smallint' })
  level!: number;

  @Column({ type: 'text' })
  labelEn!: string;

  @Column({ type: 'text', nullable: true })
  labelDe!: string | null;

  @Column({ type: 'text', nullable: true })
  labelPl!: string | null;

  @Column({ type: 'text', nullable: true })
  labelCs!: string | null;
}
