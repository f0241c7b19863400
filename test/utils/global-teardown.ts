import { rm } from 'node:fs/promises';
import type { EmbeddedMeilisearchServer } from '../../src/infrastructure/embedded/embedded-meilisearch.server';
import type { EmbeddedPostgresServer } from '../../src/infrastructure/embedded/embedded-postgres.server';

export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as Record<string, unknown>).__TALENTBRIDGE_SERVERS__ as
    { postgres: EmbeddedPostgresServer; meilisearch: EmbeddedMeilisearchServer; workDir: string } | undefined;
  if (!servers) return;
  await Promise.all([servers.postgres.stop(), servers.meilisearch.stop()]);
  await rm(servers.workDir, { recursive: true, force: true });
}
