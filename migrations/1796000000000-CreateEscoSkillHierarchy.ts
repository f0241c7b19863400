import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * ESCO's skill hierarchy (data/esco/skill_broader.csv, skill_groups.csv): reference tables filled by the
 * taxonomy import, like the other esco_* tables. Related skills in matching are the skill → skill rows.
 */
export class CreateEscoSkillHierarchy1796000000000 implements MigrationInterface {
  name = 'CreateEscoSkillHierarchy1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "esco_skill_broader" ("skill_uri" text NOT NULL, "broader_uri" text NOT NULL, "broader_type" character varying(16) NOT NULL, CONSTRAINT "esco_skill_broader_type_check" CHECK (broader_type IN ('skill', 'skill_group')), CONSTRAINT "PK_esco_skill_broader" PRIMARY KEY ("skill_uri", "broader_uri"))`,
    );
    await queryRunner.query(`CREATE INDEX "esco_skill_broader_broader_idx" ON "esco_skill_broader" ("broader_uri") `);
    await queryRunner.query(
      `CREATE TABLE "esco_skill_groups" ("uri" text NOT NULL, "code" character varying(32) NOT NULL, "label_en" text NOT NULL, "label_de" text, "label_pl" text, "label_cs" text, CONSTRAINT "PK_esco_skill_groups" PRIMARY KEY ("uri"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "esco_skill_groups"`);
    await queryRunner.query(`DROP TABLE "esco_skill_broader"`);
  }
}
