import { type INestApplication, RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { keepRequestBodyErrors, rejectHostileBodies } from './common/errors/request-body-error';
import { createOpenApiDocument } from './openapi-document';

export const API_PREFIX = 'api/v1';

/** The routes' prefix: everything under /api/v1 except the health check (the OpenAPI export applies it too). */
export function applyRoutePrefix(app: INestApplication): INestApplication {
  return app.setGlobalPrefix(API_PREFIX, {
    exclude: [{ path: 'health', method: RequestMethod.GET }],
  });
}

/** Everything main.ts and the e2e app builder must set up identically on the HTTP app. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  applyRoutePrefix(app);
  app.use(
    helmet({
      // The OpenAPI UI at /docs loads its own inline styles; everything else is JSON.
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  // Nest's own JSON parser (same options; Nest then skips registering it), followed by a
  // check of the body's nesting depth and keys and a
  // handler that keeps its errors recognisable for the exception filter (request.malformed_json…).
  (app as NestExpressApplication).useBodyParser('json');
  app.use(rejectHostileBodies, keepRequestBodyErrors);
  SwaggerModule.setup('docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
