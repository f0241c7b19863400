import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pendingSchemaChanges, runMigrations } from '../infrastructure/database/run-migrations';
import { withDatabase } from './with-database';

/**
 * Writes migrations/<timestamp>-<Name>.ts with the SQL that brings the schema
 * in line with the entities. A draft to read and correct by hand, not to trust blindly.
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(1);
}

void withDatabase(async (url) => {
  await runMigrations(url);
  const up = await pendingSchemaChanges(url);
  if (!up.length) {
    console.log('No schema changes: nothing to generate');
    return;
  }
  const timestamp = Date.now();
  const lines = up.map((q) => `    await queryRunner.query(\`${q.replace(/`/g, '\\`')}\`);`).join('\n');
  const file = join(__dirname, '..', '..', '..', 'migrations', `${timestamp}-${name}.ts`);
  await writeFile(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${lines}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n    // TODO write the reverse by hand\n  }\n}\n`,
  );
  console.log(`Wrote ${file}`);
});
