import { type INestApplication, RequestMethod } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';

export const API_PREFIX = 'api/v1';

/** The routes prefix: everything under /api/v1 except the health check (the web app's paths stay free). */
export function applyGlobalPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [{ path: 'health', method: RequestMethod.GET }],
  });
}

/**
 * The OpenAPI document of the app (served at /docs-json, exported by `npm run openapi:export` for the web
 * app's typed client). Needs only the module graph, not running providers: works on a preview app.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('TalentBridge Sachsen API')
      .setDescription('Matching international skilled workers and graduates with Saxon employers.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}

/** Everything main.ts and the e2e app builder must set up identically on the HTTP app. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  applyGlobalPrefix(app);
  app.use(
    helmet({
      // The OpenAPI UI at /docs loads its own inline styles; the web app at / has no inline script
      // (Vite builds it with external module scripts only), so script-src stays 'self'.
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
