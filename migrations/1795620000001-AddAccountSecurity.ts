import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Accounts people can trust: the account's mail language, verified e-mail,
 * mail switch and token generation (bumped to end every session); single-use
 * tokens of mailed links (only their SHA-256 is stored); and the deny list of
 * signed-out access tokens (by `jti`, until they would have expired anyway).
 */
export class AddAccountSecurity1795620000001 implements MigrationInterface {
  name = 'AddAccountSecurity1795620000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "users"
        ADD "language" character varying(2) NOT NULL DEFAULT 'en',
        ADD "email_verified_at" TIMESTAMP WITH TIME ZONE,
        ADD "email_notifications" boolean NOT NULL DEFAULT true,
        ADD "token_generation" integer NOT NULL DEFAULT '0',
        ADD CONSTRAINT "users_language_check" CHECK (language IN ('de', 'en', 'pl', 'cs'))`);
    // Staff accounts come from configuration, by the operator: their address counts as confirmed.
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = now() WHERE role = 'staff'`);
    await queryRunner.query(`
      CREATE TABLE "account_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" character varying(32) NOT NULL,
        "token_hash" character varying(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_account_tokens_hash" UNIQUE ("token_hash"),
        CONSTRAINT "account_tokens_purpose_check" CHECK (purpose IN ('verify_email', 'password_reset')),
        CONSTRAINT "PK_account_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "FK_account_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_account_tokens_user" ON "account_tokens" ("user_id", "purpose")`);
    await queryRunner.query(`
      CREATE TABLE "revoked_access_tokens" (
        "jti" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_revoked_access_tokens" PRIMARY KEY ("jti"),
        CONSTRAINT "FK_revoked_access_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_revoked_access_tokens_expiry" ON "revoked_access_tokens" ("expires_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "revoked_access_tokens"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
    await queryRunner.query(`
      ALTER TABLE "users"
        DROP CONSTRAINT "users_language_check",
        DROP COLUMN "token_generation",
        DROP COLUMN "email_notifications",
        DROP COLUMN "email_verified_at",
        DROP COLUMN "language"`);
  }
}
