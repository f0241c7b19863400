import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { meiliUrlList, validateEnvironment } from './environment';

interface ComposeService {
  build?: unknown;
  image?: string;
  ports?: string[];
  environment?: Record<string, string>;
}

/** What `docker compose` would read with these variables set: `${NAME:?message}` and `${NAME:-default}` substituted. */
function composeWith(variables: Record<string, string>): Record<string, ComposeService> {
  const text = readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8').replace(
    /\$\{(\w+)(?::([?-])([^}]*))?\}/g,
    (_match, name: string, kind?: string, rest?: string) => {
      if (variables[name] !== undefined) return variables[name];
      if (kind === '?') throw new Error(`docker compose would stop: ${rest}`);
      return kind === '-' ? (rest ?? '') : '';
    },
  );
  return (parse(text, { merge: true }) as { services: Record<string, ComposeService> }).services;
}

const SECRETS = { POSTGRES_PASSWORD: 'compose-password', MEILI_MASTER_KEY: 'a-master-key-of-24-chars', JWT_SECRET: 'x'.repeat(40) };

/** No Docker here: the compose file's scaled shape is checked as data, and each app's settings by the app's own validation. */
describe('docker-compose.yml', () => {
  const services = composeWith(SECRETS);
  const apps = Object.entries(services).filter(([, s]) => s.build !== undefined);

  it('refuses to start without the three secrets, naming each', () => {
    for (const name of Object.keys(SECRETS)) {
      expect(() => composeWith({ ...SECRETS, [name]: undefined as unknown as string })).toThrow(name);
    }
  });

  it('gives every app container settings the app accepts at start-up', () => {
    expect(apps.map(([name]) => name).sort()).toEqual(['app-1', 'app-2', 'worker']);
    const refused = apps.flatMap(([name, service]) => {
      try {
        validateEnvironment(service.environment ?? {});
        return [];
      } catch (error) {
        return [`${name}: ${(error as Error).message}`];
      }
    });
    expect(refused).toEqual([]);
  });

  it('two API replicas on their own ports serve requests only; one worker runs the outboxes and the jobs', () => {
    const flags = (name: string) => {
      const env = validateEnvironment(services[name].environment ?? {});
      return [env.SEARCH_WORKER_ENABLED, env.MAIL_WORKER_ENABLED, env.SAVED_SEARCH_ALERTS_JOB_ENABLED];
    };
    expect(flags('app-1')).toEqual([false, false, false]);
    expect(flags('app-2')).toEqual([false, false, false]);
    expect(flags('worker')).toEqual([true, true, true]);
    expect(services['app-1'].ports).toEqual(['3000:3000']);
    expect(services['app-2'].ports).toEqual(['3001:3000']);
    expect(services.worker.ports).toBeUndefined();
  });

  it('every app lists both Meilisearch replicas (independent servers with one key) and the one PostgreSQL', () => {
    const meili = Object.entries(services).filter(([, s]) => s.image?.startsWith('getmeili/meilisearch:'));
    expect(meili.map(([name]) => name).sort()).toEqual(['meilisearch-1', 'meilisearch-2']);
    for (const [, s] of meili) expect(s.environment?.MEILI_MASTER_KEY).toBe(SECRETS.MEILI_MASTER_KEY);
    expect(services.postgres.image).toMatch(/^postgres:/);
    for (const [, service] of apps) {
      const env = validateEnvironment(service.environment ?? {});
      expect(meiliUrlList(env.MEILI_URL!).map((url) => new URL(url).hostname)).toEqual(['meilisearch-1', 'meilisearch-2']);
      expect(env.MEILI_MASTER_KEY).toBe(SECRETS.MEILI_MASTER_KEY);
      const database = new URL(env.DATABASE_URL!);
      expect([database.hostname, database.password]).toEqual(['postgres', SECRETS.POSTGRES_PASSWORD]);
    }
  });
});
