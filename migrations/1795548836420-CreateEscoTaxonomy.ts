import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** ESCO reference data: occupations, skills, their multilingual labels, occupation→skill links, ISCO-08 groups. */
export class CreateEscoTaxonomy1795548836420 implements MigrationInterface {
  name = 'CreateEscoTaxonomy1795548836420';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "isco_groups" ("code" character varying(4) NOT NULL, "level" smallint NOT NULL, "label_en" text NOT NULL, "label_de" text, "label_pl" text, "label_cs" text, CONSTRAINT "PK_524ce5a0792eb4164cae391a52d" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "esco_occupations" ("uri" text NOT NULL, "isco_code" character varying(4) NOT NULL, "esco_code" character varying(32), "description_en" text, CONSTRAINT "PK_7f80fd07356cffbcc002bc4f813" PRIMARY KEY ("uri"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "esco_occupation_skills" ("occupation_uri" text NOT NULL, "skill_uri" text NOT NULL, "relation" character varying(16) NOT NULL, CONSTRAINT "esco_occupation_skills_relation_check" CHECK (relation IN ('essential', 'optional')), CONSTRAINT "PK_41fb6ca8f123e63218a35ddcf8e" PRIMARY KEY ("occupation_uri", "skill_uri"))`,
    );
    await queryRunner.query(`CREATE INDEX "esco_occupation_skills_skill_idx" ON "esco_occupation_skills" ("skill_uri") `);
    await queryRunner.query(
      `CREATE TABLE "esco_labels" ("id" SERIAL NOT NULL, "concept_uri" text NOT NULL, "kind" character varying(16) NOT NULL, "lang" character varying(2) NOT NULL, "label" text NOT NULL, "preferred" boolean NOT NULL, "normalized" text NOT NULL, CONSTRAINT "esco_labels_kind_check" CHECK (kind IN ('occupation', 'skill')), CONSTRAINT "PK_2864fe1d209899fde12fbb11ea0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "esco_labels_concept_idx" ON "esco_labels" ("concept_uri", "lang") `);
    await queryRunner.query(`CREATE INDEX "esco_labels_normalized_idx" ON "esco_labels" ("normalized") `);
    await queryRunner.query(
      `CREATE TABLE "esco_skills" ("uri" text NOT NULL, "skill_type" character varying(32), "reuse_level" character varying(32), "description_en" text, CONSTRAINT "PK_2595b3e279e70eee0860341b143" PRIMARY KEY ("uri"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "esco_skills"`);
    await queryRunner.query(`DROP TABLE "esco_labels"`);
    await queryRunner.query(`DROP TABLE "esco_occupation_skills"`);
    await queryRunner.query(`DROP TABLE "esco_occupations"`);
    await queryRunner.query(`DROP TABLE "isco_groups"`);
  }
}
