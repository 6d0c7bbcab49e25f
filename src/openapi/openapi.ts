import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { listRoutes } from '../auth/route-rules';
import { describeEvents } from './event-docs';
import { describeOperations, operationIdFor } from './operation-docs';

const INTRODUCTION = [
  'Consent-based access to alumni profiles for recruiters; revenue for alumni associations.',
  '',
  '**Authentication.** Send `Authorization: Bearer <token>`. API keys are opaque tokens `pas_<kind>_<keyId>_<secret>` ' +
    '(`pas_adm_…` platform admin, `pas_asc_…` association, `pas_rec_…` recruiter org), shown once at creation; ' +
    'they are not JWTs and carry nothing readable. Association and recruiter keys hold scopes: each operation lists the ' +
    'principal kinds it admits (`x-principal-kinds`) and the scopes it requires (`x-required-scopes`). Alumni use a ' +
    'session token `pas_ses_…`; people signed in to the web app use its cookie.',
  '',
  '**Errors** are RFC 9457 `application/problem+json` with a stable `code` (switch on it, not on `title`), a ' +
    '`requestId` and, for validation failures, `errors[]`. Each operation lists the codes it can answer with. Any URL ' +
    'may also answer `malformed_request` (400), `request_timeout` (408), `headers_too_large` (431) or ' +
    '`method_not_allowed` (405) from the HTTP layer.',
  '',
  '**Lists** take `limit` (1–100, default 20) and `cursor`, and answer `data[]` and `nextCursor` (null at the end). ' +
    '**Rate limits** are per key or session, announced in `RateLimit` and `RateLimit-Policy` headers; 429 carries `Retry-After`. ' +
    '**Webhooks** follow Standard Webhooks; every event type and its payload is under `x-webhooks`.',
].join('\n');

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Passerelle API')
    .setDescription(INTRODUCTION)
    .setVersion('1')
    .addServer('/', 'This server')
    // Keys and session tokens are opaque: no `bearerFormat` (DocumentBuilder.addBearerAuth would say JWT).
    .addSecurity('apiKey', {
      type: 'http',
      scheme: 'bearer',
      description:
        'API key, an opaque token shown once at creation: `pas_adm_…`, `pas_asc_…` or `pas_rec_…`. Scopes: see `x-required-scopes`.',
    })
    .addSecurity('alumnusSession', {
      type: 'http',
      scheme: 'bearer',
      description: 'Alumnus session token `pas_ses_…` (opaque), from POST /v1/alumni/sessions.',
    })
    .addCookieAuth(
      'pas_session',
      {
        type: 'apiKey',
        in: 'cookie',
        description: 'Web-app session (POST /v1/auth/sessions). Writes must carry this site’s Origin, else 403 cross_site_request.',
      },
      'sessionCookie',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationIdFor });
  return describeEvents(describeOperations(document, listRoutes(app)));
}

/** Serves `/openapi.json` and the interactive docs at `/docs`, with assets from node_modules (no CDN). */
export function mountOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    customSiteTitle: 'Passerelle API',
  });
}

/** Key order is fixed so the committed document diffs cleanly. */
export function serializeOpenApi(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
