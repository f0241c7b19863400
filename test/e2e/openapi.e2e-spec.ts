import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIObject, OperationObject, SecurityRequirementObject } from '@nestjs/swagger';
import { conformanceOf, toJsonSchema } from '../utils/openapi-conformance';
import { useTestApp } from '../utils/test-app';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Every operation of the document, as `METHOD /path` with its definition. */
function operationsOf(document: OpenAPIObject): { route: string; method: string; path: string; operation: OperationObject }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      route: `${method.toUpperCase()} ${path}`,
      method,
      path,
      operation: item[method]!,
    })),
  );
}

const securityOf = (document: OpenAPIObject, operation: OperationObject): SecurityRequirementObject[] =>
  operation.security ?? document.security ?? [];
/** A token is required unless one of the alternatives is the empty requirement (or there are none). */
const requiresToken = (security: SecurityRequirementObject[]) => security.length > 0 && security.every((s) => Object.keys(s).length > 0);

describe('OpenAPI document', () => {
  const t = useTestApp();
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = (await t.http().get('/docs-json').expect(200)).body as OpenAPIObject;
  });

  it('documents a success answer with its schema for every route (a body schema, or 204 without one)', () => {
    const missing = operationsOf(document).flatMap(({ route, operation }) => {
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (!success.length) return [`${route}: no 2xx answer`];
      return success.flatMap(([status, response]) => {
        const schema = response && 'content' in response ? response.content?.['application/json']?.schema : undefined;
        if (status === '204') return schema ? [`${route}: 204 with a body`] : [];
        return schema ? [] : [`${route}: ${status} without a body schema`];
      });
    });
    expect(missing).toEqual([]);
  });

  it('gives every route a summary, a description, known tags and a unique readable operationId, and documents 400 and 500', () => {
    const tags = new Set((document.tags ?? []).map((tag) => tag.name));
    const operations = operationsOf(document);
    const problems = operations.flatMap(({ route, operation }) => [
      ...(operation.summary ? [] : [`${route}: no summary`]),
      ...(operation.description ? [] : [`${route}: no description`]),
      ...(operation.tags?.length && operation.tags.every((tag) => tags.has(tag))
        ? []
        : [`${route}: tags ${operation.tags} not all declared`]),
      ...(/^[a-z][A-Za-z]*_[a-z][A-Za-z]*$/.test(operation.operationId ?? '') ? [] : [`${route}: operationId ${operation.operationId}`]),
      ...['400', '500'].filter((status) => !operation.responses[status]).map((status) => `${route}: no ${status}`),
    ]);
    expect(problems).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('requires the bearer token exactly where the guard does: without a token, 401 iff the route documents a token requirement (and its 401)', async () => {
    const mismatches: string[] = [];
    for (const { route, method, path, operation } of operationsOf(document)) {
      const security = securityOf(document, operation);
      // No body and an id that exists nowhere: nothing is changed, whatever the route.
      const res = await t.http()[method as 'get'](path.replace(/\{[^}]+\}/g, UNKNOWN_ID));
      if ((res.status === 401) !== requiresToken(security))
        mismatches.push(`${route}: ${res.status} without a token, security ${JSON.stringify(security)}`);
      if (requiresToken(security) && !operation.responses['401']) mismatches.push(`${route}: needs a token but documents no 401`);
      if (!security.length && operation.responses['401'] && !/login/.test(path)) mismatches.push(`${route}: public, yet documents 401`);
    }
    expect(mismatches).toEqual([]);
  });

  it('marks optional-auth routes [{}, {bearer}]: anonymous works, an invalid token is 401', async () => {
    const optional = operationsOf(document).filter(({ operation }) => {
      const security = securityOf(document, operation);
      return security.some((s) => !Object.keys(s).length) && security.some((s) => Object.keys(s).length);
    });
    expect(optional.map(({ route }) => route)).toEqual(['GET /api/v1/job-offers/{id}']);
    for (const { method, path } of optional) {
      const url = path.replace(/\{[^}]+\}/g, UNKNOWN_ID);
      expect((await t.http()[method as 'get'](url)).status).toBe(404);
      expect((await t.http()[method as 'get'](url).set('Authorization', 'Bearer not-a-token')).status).toBe(401);
    }
  });

  it('is what `npm run openapi:export` writes, without any server running', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tb-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      const cli = resolve(__dirname, '../../dist/src/cli/openapi-export.js');
      await promisify(execFile)(process.execPath, [cli, file], { env: { PATH: process.env.PATH ?? '' }, timeout: 60_000 });
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(document);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe('conformance check of the e2e answers', () => {
    const res = (status: number, body: unknown) => ({ status, body, text: JSON.stringify(body), type: 'application/json' });

    it('accepts an answer that matches, and names route, status and the problem of one that does not', () => {
      const conformance = conformanceOf(t.app);
      const user = {
        id: UNKNOWN_ID,
        email: 'olena@example.org',
        role: 'candidate',
        emailVerified: false,
        language: 'en',
        notifications: { email: true },
      };
      expect(conformance.check('get', '/api/v1/auth/me', res(200, user))).toBeUndefined();
      const wrongType = conformance.check('get', '/api/v1/auth/me', res(200, { ...user, role: 'admin' }));
      expect(wrongType?.message).toMatch(
        /GET \/api\/v1\/auth\/me 200 does not match .*\n.*\/role must be equal to one of the allowed values/,
      );
      const extraField = conformance.check('get', '/api/v1/auth/me', res(200, { ...user, passwordHash: 'x' }));
      expect(extraField?.message).toMatch(/must NOT have additional properties.*passwordHash/);
    });

    it('fails a status the route does not document, and resolves path templates (static segments first)', () => {
      const conformance = conformanceOf(t.app);
      expect(conformance.check('get', '/api/v1/auth/me', res(404, {}))?.message).toMatch(
        /GET \/api\/v1\/auth\/me answered 404, which the document does not list/,
      );
      expect(conformance.operationFor('get', `/api/v1/job-offers/${UNKNOWN_ID}?lang=de`)?.template).toBe('/api/v1/job-offers/{id}');
      expect(conformance.operationFor('get', '/api/v1/job-offers/mine')?.template).toBe('/api/v1/job-offers/mine');
      expect(conformance.operationFor('get', '/docs-json')).toBeUndefined();
    });

    it('checks nullable fields (also nullable references) and formats', () => {
      expect(toJsonSchema({ nullable: true, type: 'object', allOf: [{ $ref: '#/components/schemas/X' }] })).toEqual({
        anyOf: [{ type: 'object', allOf: [{ $ref: 'https://talentbridge.test/openapi.json#/components/schemas/X' }] }, { type: 'null' }],
      });
      expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
      const conformance = conformanceOf(t.app);
      const error = { statusCode: 404, error: 'Not Found', message: 'Job offer not found', code: 'job_offer.not_found' };
      expect(conformance.check('get', `/api/v1/job-offers/${UNKNOWN_ID}`, res(404, error))).toBeUndefined();
      expect(conformance.check('get', `/api/v1/job-offers/${UNKNOWN_ID}`, res(404, { ...error, errorId: 'no-uuid' }))?.message).toMatch(
        /errorId must match format "uuid"/,
      );
    });
  });
});
