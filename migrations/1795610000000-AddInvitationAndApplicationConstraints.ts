import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Invitations and applications become real: each belongs to a job offer (the
 * foreign key 1795580000000 left out; ON DELETE CASCADE — the consent records
 * have no meaning without their offer, and offers are only deleted with their
 * employer), and there is at most one invitation and one application per
 * (offer, candidate profile). Rows of erased candidates (profile reference
 * NULL) are not constrained: several of them may exist for one offer.
 */
export class AddInvitationAndApplicationConstraints1795610000000 implements MigrationInterface {
  name = 'AddInvitationAndApplicationConstraints1795610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_job_offer" FOREIGN KEY ("job_offer_id") REFERENCES "job_offers"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_applications_job_offer" FOREIGN KEY ("job_offer_id") REFERENCES "job_offers"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_invitations_offer_candidate" ON "invitations" ("job_offer_id", "candidate_profile_id") WHERE candidate_profile_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_applications_offer_candidate" ON "applications" ("job_offer_id", "candidate_profile_id") WHERE candidate_profile_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_applications_offer_candidate"`);
    await queryRunner.query(`DROP INDEX "UQ_invitations_offer_candidate"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_applications_job_offer"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_invitations_job_offer"`);
  }
}
