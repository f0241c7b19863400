/** What global setup hands to every e2e suite (through the environment, as jest workers share it). */
export interface TestServers {
  /** Connection to the maintenance database, for CREATE/DROP DATABASE. */
  adminDatabaseUrl: string;
  /** Database with every migration (and the reference data) applied; suites clone it. */
  templateDatabase: string;
  databaseUrlFor(database: string): string;
  meiliUrl: string;
  meiliMasterKey: string;
  jwtSecret: string;
  workDir: string;
}

const KEY = 'TALENTBRIDGE_TEST_SERVERS';

export function publishTestServers(servers: Omit<TestServers, 'databaseUrlFor'> & { databaseUrlTemplate: string }) {
  process.env[KEY] = JSON.stringify(servers);
}

export function testServers(): TestServers {
  const raw = process.env[KEY];
  if (!raw) throw new Error('e2e global setup has not run (start tests with `npm test`)');
  const parsed = JSON.parse(raw) as Omit<TestServers, 'databaseUrlFor'> & { databaseUrlTemplate: string };
  return { ...parsed, databaseUrlFor: (db) => parsed.databaseUrlTemplate.replace('{db}', db) };
}
