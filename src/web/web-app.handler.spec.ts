import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createWebAppHandler } from './web-app.handler';

/** The handler behind a stand-in for Nest's 404 (what a request that falls through would get). */
function serve(distDir: string): Server {
  const handler = createWebAppHandler(distDir);
  return createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'application/json');
      res.end('{"statusCode":404}');
    }),
  );
}

describe('web app handler', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('serves index.html at / and at deep links, never cached without revalidation', async () => {
    for (const path of ['/', '/jobs/0b0e4b0c-2f0a-4c47-9d1c-0a3c9a7c2f11', '/me/profile?tab=1', '/index.html']) {
      const res = await request(serve(dist)).get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable and other files with revalidation', async () => {
    const asset = await request(serve(dist)).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await request(serve(dist)).get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API, docs and health paths, missing files and other methods to the next handler', async () => {
    for (const path of ['/api/v1/nope', '/api', '/docs', '/docs-json', '/health', '/assets/gone-123.js']) {
      const res = await request(serve(dist)).get(path).expect(404);
      expect(res.body).toEqual({ statusCode: 404 });
    }
    await request(serve(dist)).post('/jobs/1').expect(404);
  });

  it('without a build answers / with a short plain-text 404 and leaves the rest alone', async () => {
    const missing = join(dist, 'not-built');
    const res = await request(serve(missing)).get('/').expect(404);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toContain('npm run build');
    await request(serve(missing)).get('/jobs/1').expect(404, { statusCode: 404 });
  });
});
