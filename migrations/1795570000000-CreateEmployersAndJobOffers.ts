import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Employers (one organisation per employer account, verified by agency staff)
 * and their job offers with the lifecycle draft → pending_review → published |
 * rejected, published → closed. Skills and language requirements are jsonb
 * lists on the offer: they are always read and written with the offer.
 */
export class CreateEmployersAndJobOffers1795570000000 implements MigrationInterface {
  name = 'CreateEmployersAndJobOffers1795570000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "employers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "website" character varying(500),
        "city" character varying(100) NOT NULL,
        "postal_code" character varying(5) NOT NULL,
        "industry" character varying(100) NOT NULL,
        "size" character varying(8) NOT NULL,
        "description" text NOT NULL,
        "registration_number" character varying(32),
        "verification_status" character varying(16) NOT NULL DEFAULT 'pending',
        "rejection_reason" text,
        "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "verified_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT '1',
        CONSTRAINT "REL_b5db2de89197ada09695cbaf90" UNIQUE ("user_id"),
        CONSTRAINT "employers_verification_status_check" CHECK (verification_status IN ('pending', 'verified', 'rejected')),
        CONSTRAINT "employers_size_check" CHECK (size IN ('1-9', '10-49', '50-249', '250+')),
        CONSTRAINT "PK_f2c1aea3e8d7aa3c5fba949c97d" PRIMARY KEY ("id"),
        CONSTRAINT "FK_b5db2de89197ada09695cbaf900" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_employers_queue" ON "employers" ("verification_status", "submitted_at")`);

    await queryRunner.query(`
      CREATE TABLE "job_offers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "employer_id" uuid NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'draft',
        "title" character varying(200) NOT NULL,
        "description" text NOT NULL,
        "occupation_label" character varying(300) NOT NULL,
        "occupation_uri" text,
        "isco_code" character varying(8),
        "required_skills" jsonb NOT NULL DEFAULT '[]',
        "optional_skills" jsonb NOT NULL DEFAULT '[]',
        "languages" jsonb NOT NULL DEFAULT '[]',
        "city" character varying(100) NOT NULL,
        "postal_code" character varying(5),
        "workplace" character varying(16) NOT NULL,
        "contract_type" character varying(16) NOT NULL,
        "salary_min" numeric(12,2) NOT NULL,
        "salary_max" numeric(12,2) NOT NULL,
        "salary_currency" character varying(3) NOT NULL DEFAULT 'EUR',
        "salary_period" character varying(8) NOT NULL,
        "visa_sponsorship" boolean NOT NULL DEFAULT false,
        "relocation_support" boolean NOT NULL DEFAULT false,
        "min_degree" character varying(16),
        "start_date" date,
        "rejection_reason" text,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT '1',
        CONSTRAINT "job_offers_salary_check" CHECK (salary_min > 0 AND salary_min <= salary_max AND salary_period IN ('year', 'month', 'hour')),
        CONSTRAINT "job_offers_contract_type_check" CHECK (contract_type IN ('permanent', 'fixed_term', 'internship', 'apprenticeship')),
        CONSTRAINT "job_offers_workplace_check" CHECK (workplace IN ('onsite', 'hybrid', 'remote')),
        CONSTRAINT "job_offers_status_check" CHECK (status IN ('draft', 'pending_review', 'published', 'rejected', 'closed')),
        CONSTRAINT "PK_9a54d36bd6829979f945defdeb5" PRIMARY KEY ("id"),
        CONSTRAINT "FK_a93a34196a41833142f25ae9082" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_job_offers_queue" ON "job_offers" ("status", "submitted_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_job_offers_employer" ON "job_offers" ("employer_id", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job_offers"`);
    await queryRunner.query(`DROP TABLE "employers"`);
  }
}
