import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The append-only audit log of moderation decisions and status changes.
 * The database itself refuses DELETE and TRUNCATE, and every UPDATE except
 * anonymisation: setting `anonymised_at` (once more is fine) while keeping
 * id, action, entity type, actor role, reason and time as they were. That is
 * what erasure of a person (GDPR Art. 17) needs: the entity id is replaced by
 * a random one and personal data is stripped from `before`/`after`.
 */
export class CreateAuditLog1795570000001 implements MigrationInterface {
  name = 'CreateAuditLog1795570000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "actor_id" uuid,
        "actor_role" character varying(16) NOT NULL,
        "action" character varying(64) NOT NULL,
        "entity_type" character varying(32) NOT NULL,
        "entity_id" uuid NOT NULL,
        "reason" text,
        "before" jsonb,
        "after" jsonb,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "anonymised_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_created" ON "audit_log" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_entity" ON "audit_log" ("entity_type", "entity_id", "created_at")`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND NEW.anonymised_at IS NOT NULL
           AND NEW.id = OLD.id
           AND NEW.action = OLD.action
           AND NEW.entity_type = OLD.entity_type
           AND NEW.actor_role = OLD.actor_role
           AND NEW.reason IS NOT DISTINCT FROM OLD.reason
           AND NEW.created_at = OLD.created_at THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
