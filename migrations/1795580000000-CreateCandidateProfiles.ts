import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Candidate profiles (one per candidate account, erased with it), and the two
 * consent records the contact-data rule reads: invitations (employer → candidate,
 * accepted or not) and applications (candidate → offer). Both keep the
 * employer's record when a candidate is erased: the profile reference becomes
 * NULL and `candidate_erased` true. `job_offer_id` has no foreign key yet: the
 * job_offers table belongs to the job-offers module (add the FK there).
 */
export class CreateCandidateProfiles1795580000000 implements MigrationInterface {
  name = 'CreateCandidateProfiles1795580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "candidate_profiles" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "first_name" character varying(100) NOT NULL,
        "last_name" character varying(100) NOT NULL,
        "headline" character varying(200),
        "summary" text,
        "country_of_origin" character varying(2),
        "residence_country" character varying(2),
        "degrees" jsonb NOT NULL DEFAULT '[]',
        "skills" jsonb NOT NULL DEFAULT '[]',
        "languages" jsonb NOT NULL DEFAULT '[]',
        "desired_occupations" jsonb NOT NULL DEFAULT '[]',
        "preferred_cities" jsonb NOT NULL DEFAULT '[]',
        "open_to_remote" boolean NOT NULL DEFAULT false,
        "cross_border_commuter" boolean NOT NULL DEFAULT false,
        "available_from" date,
        "work_permit" character varying(16),
        "salary_min" integer,
        "salary_currency" character varying(3),
        "visibility" character varying(16) NOT NULL DEFAULT 'hidden',
        "hidden_by_staff_at" TIMESTAMP WITH TIME ZONE,
        "hidden_by_staff_reason" text,
        "retention_hidden_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "candidate_profiles_visibility_check" CHECK (visibility IN ('hidden', 'employers')),
        CONSTRAINT "candidate_profiles_work_permit_check" CHECK (work_permit IN ('eu_citizen', 'has_permit', 'needs_visa')),
        CONSTRAINT "candidate_profiles_salary_currency_check" CHECK (salary_currency = 'EUR'),
        CONSTRAINT "PK_candidate_profiles" PRIMARY KEY ("id"),
        CONSTRAINT "FK_candidate_profiles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_candidate_profiles_user_id" ON "candidate_profiles" ("user_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_candidate_profiles_searchable" ON "candidate_profiles" ("visibility", "hidden_by_staff_at", "retention_hidden_at")`,
    );

    await queryRunner.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "job_offer_id" uuid NOT NULL,
        "employer_user_id" uuid,
        "candidate_profile_id" uuid,
        "candidate_erased" boolean NOT NULL DEFAULT false,
        "message" text NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'pending',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "responded_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "invitations_status_check" CHECK (status IN ('pending', 'accepted', 'declined')),
        CONSTRAINT "PK_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "FK_invitations_candidate_profile" FOREIGN KEY ("candidate_profile_id") REFERENCES "candidate_profiles"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_invitations_candidate" ON "invitations" ("candidate_profile_id", "employer_user_id")`);

    await queryRunner.query(`
      CREATE TABLE "applications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "job_offer_id" uuid NOT NULL,
        "candidate_profile_id" uuid,
        "candidate_erased" boolean NOT NULL DEFAULT false,
        "employer_user_id" uuid,
        "message" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_applications" PRIMARY KEY ("id"),
        CONSTRAINT "FK_applications_candidate_profile" FOREIGN KEY ("candidate_profile_id") REFERENCES "candidate_profiles"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_applications_candidate" ON "applications" ("candidate_profile_id", "employer_user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "applications"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
    await queryRunner.query(`DROP TABLE "candidate_profiles"`);
  }
}
