import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commandLineOf, isAlive } from './process-utils';

export class DataDirInUseError extends Error {}

/**
 * One process at a time runs the embedded servers of a DATA_DIR. Without this,
 * a second `npm start` or `npm run seed` would take the first one's servers for
 * leftovers of a crash and stop them under it. A lock whose owner is gone (the
 * app was killed) is taken over, and the orphan clean-up then does its job.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = join(dataDir, 'owner.pid');
  await mkdir(dataDir, { recursive: true });
  const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner) && (await commandLineOf(owner)).includes('node')) {
    throw new DataDirInUseError(
      `DATA_DIR ${dataDir} is in use by process ${owner} (a running TalentBridge app or command). ` +
        'Stop it first, or point DATABASE_URL and MEILI_URL at running servers.',
    );
  }
  await writeFile(file, String(process.pid));
  return async () => {
    const current = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (current === process.pid) await rm(file, { force: true });
  };
}
