import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Preferred cities are Saxon municipalities from the official data (src/places/): the profile keeps each one's
 * AGS next to its name. Rows saved before keep their names as typed and an empty list here; matching then
 * resolves the names (unknown ones earn no location credit), and the next save stores both.
 */
export class AddCandidatePreferredCityAgs1796000000001 implements MigrationInterface {
  name = 'AddCandidatePreferredCityAgs1796000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD "preferred_city_ags" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP COLUMN "preferred_city_ags"`);
  }
}
