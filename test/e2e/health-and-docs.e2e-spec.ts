import { createTestApp, TestApp } from '../utils/test-app';
import { findFreePort } from '../../src/infrastructure/embedded/free-port';

describe('health and API docs', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('reports database and search up', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, search: { status: 'up' } },
    });
  });

  it('serves the OpenAPI UI and an OpenAPI 3 document generated from the DTOs', async () => {
    const ui = await t.http().get('/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
    const doc = await t.http().get('/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/auth/me', '/health']));
    expect(doc.body.components.schemas.RegisterDto.required).toEqual(expect.arrayContaining(['email', 'password', 'role']));
  });

  it('documents every route of the public contract (API.md) under its exact method and path', async () => {
    const contract = [
      'post /api/v1/auth/register', 'post /api/v1/auth/login', 'get /api/v1/auth/me',
      'put /api/v1/candidates/me', 'patch /api/v1/candidates/me', 'get /api/v1/candidates/me', 'get /api/v1/candidates/me/export',
      'delete /api/v1/candidates/me', 'get /api/v1/candidates/{id}', 'get /api/v1/candidates/search', 'get /api/v1/candidates/me/matches',
      'put /api/v1/employers/me', 'get /api/v1/employers/me',
      'post /api/v1/job-offers', 'get /api/v1/job-offers/{id}', 'patch /api/v1/job-offers/{id}', 'post /api/v1/job-offers/{id}/submit',
      'post /api/v1/job-offers/{id}/close', 'get /api/v1/job-offers/mine', 'get /api/v1/job-offers/search', 'get /api/v1/job-offers/{id}/matches',
      'get /api/v1/moderation/queue', 'post /api/v1/moderation/job-offers/{id}/decision', 'post /api/v1/moderation/employers/{id}/decision',
      'post /api/v1/moderation/candidates/{id}/decision', 'get /api/v1/moderation/audit-log',
      'post /api/v1/job-offers/{id}/invitations', 'get /api/v1/candidates/me/invitations', 'post /api/v1/invitations/{id}/accept',
      'post /api/v1/invitations/{id}/decline', 'post /api/v1/job-offers/{id}/applications', 'get /api/v1/job-offers/{id}/applications',
      'get /health',
    ];
    const doc = await t.http().get('/docs-json').expect(200);
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(contract.filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('sets security headers (helmet)', async () => {
    const res = await t.http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers 503 with "down" for search when Meilisearch cannot be reached', async () => {
    const deadPort = await findFreePort();
    const down = await createTestApp({ meiliUrl: `http://127.0.0.1:${deadPort}` });
    try {
      const res = await down.http().get('/health').expect(503);
      expect(res.body).toMatchObject({
        status: 'error',
        info: { database: { status: 'up' } },
        error: { search: { status: 'down' } },
      });
      // The health check's own body passes through the exception filter unchanged: no error code added.
      expect(Object.keys(res.body).sort()).toEqual(['details', 'error', 'info', 'status']);
    } finally {
      await down.close();
    }
  });
});
