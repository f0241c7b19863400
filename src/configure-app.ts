import { INestApplication, RequestMethod } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
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
  SwaggerModule.setup('docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
