import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import { appendFileSync } from 'node:fs';
import addFormats from 'ajv-formats';
import type request from 'supertest';
import { createOpenApiDocument } from '../../src/openapi-document';

/**
 * Every answer the e2e suites get through `t.http()` is checked against the
 * app's own OpenAPI document (the one /docs-json serves): the status must be
 * documented for the route, and the body must match that status's schema.
 * So the document cannot drift from the code without a suite failing.
 *
 * The check is stricter than the document in one way: an object schema that
 * lists its properties is treated as closed (additionalProperties: false), so
 * a field the code sends but the document does not name fails too. Requests
 * to paths the document does not describe (/docs, unknown routes, probes of
 * a suite) are not checked. With OPENAPI_COVERAGE_FILE set, every checked
 * `METHOD /template status` is appended to that file (which answers the suites reach).
 */

type Schema = Record<string, unknown>;
type HttpAgent = ReturnType<typeof request>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  /** Fewer parameters first: `/job-offers/mine` before `/job-offers/{id}`, as the router registers them. */
  parameters: number;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const DOCUMENT_ID = 'https://talentbridge.test/openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const COMPOSITION = ['allOf', 'anyOf', 'oneOf'];

/** OpenAPI 3.0 schema → JSON Schema for ajv: `nullable`, `$ref`s into the document, closed objects. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const schema: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'discriminator') continue;
    if (key === '$ref' && typeof value === 'string') schema.$ref = value.startsWith('#') ? `${DOCUMENT_ID}${value}` : value;
    else if (key === 'properties' && value && typeof value === 'object') {
      schema.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, toJsonSchema(property)]));
    } else schema[key] = toJsonSchema(value);
  }
  const composed = COMPOSITION.some((key) => key in schema);
  if (schema.properties && !('additionalProperties' in schema) && !composed) schema.additionalProperties = false;
  if (schema.nullable !== true) return schema;
  delete schema.nullable;
  // `nullable` next to a composition (Nest: `{nullable, type: 'object', allOf: [{$ref}]}`): null, or the rest.
  if (typeof schema.type === 'string' && !composed && !('$ref' in schema)) {
    schema.type = [schema.type, 'null'];
    if (Array.isArray(schema.enum)) schema.enum = [...schema.enum, null];
    return schema;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

export class OpenApiConformance {
  private readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: OpenAPIObject) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: toJsonSchema(document.components ?? {}) });
    this.operations = Object.entries(document.paths).flatMap(([template, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({
        method,
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        parameters: (template.match(/\{/g) ?? []).length,
        responses: item[method]!.responses as Operation['responses'],
      })),
    );
    this.operations.sort((a, b) => a.parameters - b.parameters);
  }

  /** The documented operation a request reaches, if any. */
  operationFor(method: string, url: string): Operation | undefined {
    const path = url.replace(/[?#].*$/, '');
    return this.operations.find((o) => o.method === method.toLowerCase() && o.pattern.test(path));
  }

  /** Why an answer does not conform to the document, or undefined when it does (or the route is not documented). */
  check(method: string, url: string, res: { status: number; body: unknown; text?: string; type?: string }): Error | undefined {
    const operation = this.operationFor(method, url);
    if (!operation) return undefined;
    const route = `${method.toUpperCase()} ${operation.template}`;
    if (process.env.OPENAPI_COVERAGE_FILE) appendFileSync(process.env.OPENAPI_COVERAGE_FILE, `${route} ${res.status}\n`);
    const body = () => (res.text ?? JSON.stringify(res.body) ?? '').slice(0, 2000);
    const documented = operation.responses[String(res.status)];
    if (!documented) {
      return new Error(
        `OpenAPI conformance: ${route} answered ${res.status}, which the document does not list ` +
          `(it lists ${Object.keys(operation.responses).join(', ')}). Body: ${body()}`,
      );
    }
    const schema = documented.content?.['application/json']?.schema;
    if (!schema) {
      if (res.text) return new Error(`OpenAPI conformance: ${route} ${res.status} documents no body, but sent: ${body()}`);
      return undefined;
    }
    if (res.type !== 'application/json') {
      return new Error(`OpenAPI conformance: ${route} ${res.status} documents JSON, but sent ${res.type || 'no content type'}: ${body()}`);
    }
    const validate = this.validator(`${route} ${res.status}`, schema);
    if (validate(res.body)) return undefined;
    const errors = (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `  ${e.instancePath || '(body)'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`)
      .join('\n');
    return new Error(`OpenAPI conformance: ${route} ${res.status} does not match its documented schema:\n${errors}\nBody: ${body()}`);
  }

  /** The agent, with every request's answer checked when it arrives (after the test's own expectations). */
  wrap(agent: HttpAgent): HttpAgent {
    const conformance = this;
    for (const method of METHODS) {
      const create = agent[method].bind(agent);
      agent[method] = ((url: string) => {
        const test = create(url);
        const end = test.end;
        test.end = function (this: request.Test, callback?: request.CallbackHandler) {
          this.expect((res: request.Response) => conformance.check(method, url, res));
          return end.call(this, callback);
        } as typeof test.end;
        return test;
      }) as HttpAgent[typeof method];
    }
    return agent;
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Schema);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

const byApp = new WeakMap<INestApplication, OpenApiConformance>();

/** The app's conformance checker, built once from its own document. */
export function conformanceOf(app: INestApplication): OpenApiConformance {
  let conformance = byApp.get(app);
  if (!conformance) {
    conformance = new OpenApiConformance(createOpenApiDocument(app));
    byApp.set(app, conformance);
  }
  return conformance;
}

/** `request(server)`, with every answer checked against the app's OpenAPI document. */
export const checkedAgainstOpenApi = (app: INestApplication, agent: HttpAgent): HttpAgent => conformanceOf(app).wrap(agent);
