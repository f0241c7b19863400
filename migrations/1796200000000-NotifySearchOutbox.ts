import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Wakes the search outbox workers when changes commit: a statement-level
 * trigger on search_outbox sends NOTIFY search_outbox (delivered at commit,
 * duplicates in one transaction folded into one). The workers LISTEN and fall
 * back to polling, so a lost notification only costs one poll interval.
 */
export class NotifySearchOutbox1796200000000 implements MigrationInterface {
  name = 'NotifySearchOutbox1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION search_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('search_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER search_outbox_notify AFTER INSERT ON search_outbox FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_notify()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_outbox_notify ON search_outbox`);
    await queryRunner.query(`DROP FUNCTION search_outbox_notify()`);
  }
}
