import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The residence-law facts of a profile (issue 13), all optional: citizenships,
 * the residence title held now, and work experience per occupation. Per-degree
 * recognition lives in the degrees JSONB (absent = unknown), so no column.
 */
export class AddResidenceLawFacts1796100000000 implements MigrationInterface {
  name = 'AddResidenceLawFacts1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD "citizenships" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD "residence_title" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD "experience" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`
      ALTER TABLE "candidate_profiles" ADD CONSTRAINT "candidate_profiles_residence_title_check" CHECK (residence_title IN ('student', 'job_search', 'opportunity_card', 'recognition_measure', 'skilled_worker', 'blue_card', 'temporary_protection', 'settled', 'family', 'other'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP CONSTRAINT "candidate_profiles_residence_title_check"`);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP COLUMN "experience"`);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP COLUMN "residence_title"`);
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP COLUMN "citizenships"`);
  }
}
