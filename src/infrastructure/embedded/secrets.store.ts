import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EmbeddedSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
  jwtSecret: string;
}

/**
 * Secrets for the embedded default, generated on first start and kept under
 * DATA_DIR so that tokens and the search key survive a restart.
 */
export async function loadOrCreateSecrets(dataDir: string): Promise<EmbeddedSecrets> {
  const file = join(dataDir, 'secrets.json');
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<EmbeddedSecrets>;
    if (stored.postgresPassword && stored.meiliMasterKey && stored.jwtSecret) return stored as EmbeddedSecrets;
  } catch {
    /* first start */
  }
  const secrets: EmbeddedSecrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    meiliMasterKey: randomBytes(24).toString('base64url'),
    jwtSecret: randomBytes(48).toString('base64url'),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
