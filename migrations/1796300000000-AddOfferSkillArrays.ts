import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The ESCO skill URIs of each offer as text arrays, kept by a trigger from the
 * `required_skills` / `optional_skills` JSON, with GIN indexes over published
 * offers: candidate → offers matching asks PostgreSQL which offers share a
 * skill with a profile and how many (matching/offer-ranking.service.ts). A
 * trigger rather than the app, so no write path (edits, imports, the bench's
 * bulk inserts) can leave the arrays behind the JSON.
 *
 * `optional_skill_uris` leaves out URIs that are also required (the scorer
 * counts such a skill once, as required). The text counts are of skills
 * without an ESCO URI, not de-duplicated: the matching bound only needs an
 * upper limit of them. `retrieval_keys` is what one GIN index over published
 * offers answers "shares a skill with me" from: every skill URI, plus a marker
 * for an offer requiring no skill (full required share for anyone) and one for
 * an offer requiring a skill without a URI (a free-text skill may cover it).
 */
export class AddOfferSkillArrays1796300000000 implements MigrationInterface {
  name = 'AddOfferSkillArrays1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "job_offers"
        ADD "required_skill_uris" text[] NOT NULL DEFAULT '{}',
        ADD "optional_skill_uris" text[] NOT NULL DEFAULT '{}',
        ADD "required_text_skill_count" smallint NOT NULL DEFAULT 0,
        ADD "optional_text_skill_count" smallint NOT NULL DEFAULT 0,
        ADD "retrieval_keys" text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      CREATE FUNCTION job_offers_skill_arrays() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.required_skill_uris := ARRAY(
          SELECT DISTINCT s->>'escoUri' FROM jsonb_array_elements(NEW.required_skills) s
          WHERE s->>'escoUri' IS NOT NULL ORDER BY 1);
        NEW.optional_skill_uris := ARRAY(
          SELECT DISTINCT s->>'escoUri' FROM jsonb_array_elements(NEW.optional_skills) s
          WHERE s->>'escoUri' IS NOT NULL AND NOT (s->>'escoUri' = ANY (NEW.required_skill_uris)) ORDER BY 1);
        NEW.required_text_skill_count := (SELECT count(*) FROM jsonb_array_elements(NEW.required_skills) s WHERE s->>'escoUri' IS NULL);
        NEW.optional_text_skill_count := (SELECT count(*) FROM jsonb_array_elements(NEW.optional_skills) s WHERE s->>'escoUri' IS NULL);
        NEW.retrieval_keys := NEW.required_skill_uris || NEW.optional_skill_uris
          || CASE WHEN cardinality(NEW.required_skill_uris) = 0 AND NEW.required_text_skill_count = 0
                  THEN '{~no-required-skill}'::text[] ELSE '{}' END
          || CASE WHEN NEW.required_text_skill_count > 0 THEN '{~required-text-skill}'::text[] ELSE '{}' END;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER job_offers_skill_arrays BEFORE INSERT OR UPDATE OF required_skills, optional_skills ON "job_offers"
      FOR EACH ROW EXECUTE FUNCTION job_offers_skill_arrays()`);
    await queryRunner.query(`UPDATE "job_offers" SET "required_skills" = "required_skills"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_job_offers_published_retrieval_keys" ON "job_offers" USING gin ("retrieval_keys") WHERE "status" = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_job_offers_published_retrieval_keys"`);
    await queryRunner.query(`DROP TRIGGER job_offers_skill_arrays ON "job_offers"`);
    await queryRunner.query(`DROP FUNCTION job_offers_skill_arrays()`);
    await queryRunner.query(`
      ALTER TABLE "job_offers"
        DROP "retrieval_keys", DROP "optional_text_skill_count", DROP "required_text_skill_count", DROP "optional_skill_uris", DROP "required_skill_uris"`);
  }
}
