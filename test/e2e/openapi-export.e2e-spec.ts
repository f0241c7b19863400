import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, type TestApp } from '../utils/test-app';

const ROOT = resolve(__dirname, '..', '..');
const EXPORT = join(ROOT, 'dist', 'src', 'cli', 'openapi-export.js');

/**
 * `npm run openapi:export` (the built CLI, as the web build runs it) writes the very document the running
 * app serves at /docs-json, with no database or search server anywhere (nothing listens on the placeholders).
 */
describe('openapi:export', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    [t, dir] = await Promise.all([createTestApp(), mkdtemp(join(tmpdir(), 'openapi-export-'))]);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the document /docs-json serves, without any server', async () => {
    const file = join(dir, 'openapi.json');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const { stdout } = await promisify(execFile)(process.execPath, [EXPORT, file], { cwd: ROOT, env, timeout: 60_000 });
    expect(stdout).toMatch(/OpenAPI document written to .*openapi\.json \(\d+ paths\)/);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    const served = (await t.http().get('/docs-json').expect(200)).body;
    expect(exported).toEqual(served);
    expect(Object.keys(exported.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/register', '/api/v1/taxonomy/skills', '/health']));
  });
});
