import { validateEnvironment } from '../config/environment';
import { startServers } from '../infrastructure/embedded/embedded-stack';

/**
 * Runs a command-line task against DATABASE_URL, or against the embedded
 * PostgreSQL under DATA_DIR when DATABASE_URL is unset (started and stopped here).
 */
export async function withDatabase(task: (databaseUrl: string) => Promise<void>): Promise<void> {
  try {
    const env = validateEnvironment(process.env);
    const running = await startServers(env, { databaseOnly: true });
    try {
      await task(running.servers.databaseUrl);
    } finally {
      await running.stop();
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
