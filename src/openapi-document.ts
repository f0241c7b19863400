import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { BEARER_SCHEME } from './auth/decorators/public.decorator';
import { DATABASE_UNAVAILABLE_RESPONSE, ErrorResponse, UNEXPECTED_ERROR_RESPONSE } from './common/http/api-error-responses';

/** The tags of the document, in the order the UI lists them. */
const TAGS: [name: string, description: string][] = [
  ['auth', 'Sign-up, sign-in and the signed-in account'],
  ['candidates', 'Candidate profiles (foreign graduates): own profile, GDPR export and erasure, search and views for employers'],
  ['employers', 'The employer’s organisation and its verification status'],
  ['job-offers', 'Job offers: drafts, review, publication, public search'],
  ['matching', 'Two-way matching of candidates and offers, and the EU Blue Card salary thresholds it uses'],
  ['invitations', 'Employers invite candidates; accepting shares contact data (mutual consent)'],
  ['applications', 'Candidates apply to published offers, sharing their contact data'],
  ['notifications', 'What happened that concerns you: invitations, answers, decisions, alerts (also mailed)'],
  ['saved-searches', 'Saved job and candidate searches with daily or instant alerts'],
  ['moderation', 'Agency staff: review queue, decisions, audit log'],
  ['taxonomy', 'ESCO skills and occupations in de/en/pl/cs'],
  ['places', 'Saxon municipalities (official data): autocomplete with district and borders'],
  ['search', 'Search index administration'],
  ['health', 'Liveness of the service and its database and search'],
];

/** `JobOffersController` + `get` → `jobOffers_get`: unique (checked by the e2e suite) and readable. */
export const operationIdOf = (controllerKey: string, methodKey: string): string =>
  `${controllerKey.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase())}_${methodKey}`;

/**
 * The OpenAPI document of an app whose routes are set up (global prefix
 * applied): what /docs-json serves and what `npm run openapi:lint` checks.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('TalentBridge Sachsen API')
    .setDescription(
      'Matching international skilled workers and graduates with Saxon employers. ' +
        'The public contract is docs/api.md; this document describes every route, its answers and its errors.',
    )
    .setVersion('1')
    .addServer('/', 'This instance, local or production: the origin that serves this document', undefined, { 'x-internal': false })
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'The `accessToken` of sign-up or sign-in. A JWS (HS256 only: the algorithm is pinned on verification, `none` and others are refused), ' +
          'short-lived (`expiresIn` seconds), following the JWT best current practices of RFC8725.',
      },
      BEARER_SCHEME,
    )
    // Every route needs a token unless it says otherwise (the access-token guard denies by default).
    .addSecurityRequirements(BEARER_SCHEME)
    .addGlobalResponse(
      UNEXPECTED_ERROR_RESPONSE,
      DATABASE_UNAVAILABLE_RESPONSE,
      { status: 400, description: 'Malformed request (e.g. a body that is not valid JSON)', type: ErrorResponse },
      // The body parser runs before any route, for every method: a body it cannot take is refused the same way everywhere.
      { status: 413, description: 'Request body too large (`request.too_large`)', type: ErrorResponse },
      { status: 415, description: 'Request body in an unsupported encoding (`request.unsupported_encoding`)', type: ErrorResponse },
      {
        status: 431,
        description:
          'Request line or headers too large (more than 16 KB, e.g. a huge query string): ' +
          'refused by the HTTP server before any route runs, without a body',
      },
    );
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const config = builder.build();
  // No public URL or mailbox exists yet; the name is what OpenAPI requires (package.json: UNLICENSED).
  config.info.contact = { name: 'TalentBridge Sachsen team' };
  config.info.license = { name: 'UNLICENSED (proprietary)' };
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: operationIdOf,
    extraModels: [ErrorResponse],
  });
}
