import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * EU Blue Card salary thresholds, effective-dated and extendable by staff
 * (POST /api/v1/matching/blue-card-thresholds), seeded with 2025 and 2026.
 */
export class CreateBlueCardThresholds1795600000000 implements MigrationInterface {
  name = 'CreateBlueCardThresholds1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "blue_card_thresholds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "valid_from" date NOT NULL,
        "standard_annual_eur" numeric(10,2) NOT NULL,
        "reduced_annual_eur" numeric(10,2) NOT NULL,
        "source" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_694be0b64b5cc6757e54f118bac" UNIQUE ("valid_from"),
        CONSTRAINT "blue_card_thresholds_positive_check" CHECK (standard_annual_eur > 0 AND reduced_annual_eur > 0),
        CONSTRAINT "blue_card_thresholds_reduced_check" CHECK (reduced_annual_eur <= standard_annual_eur),
        CONSTRAINT "PK_9c9a2ca91489da15aa35a9d38f3" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      INSERT INTO "blue_card_thresholds" ("valid_from", "standard_annual_eur", "reduced_annual_eur", "source") VALUES
        ('2025-01-01', 48300.00, 43759.80, 'BMI announcement / make-it-in-germany.com Blue Card salary thresholds 2025'),
        ('2026-01-01', 50700.00, 45934.20, 'BMI announcement / make-it-in-germany.com Blue Card salary thresholds 2026')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "blue_card_thresholds"`);
  }
}
