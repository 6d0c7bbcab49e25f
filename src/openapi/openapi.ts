import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Passerelle API')
    .setDescription(
      'Consent-based access to alumni profiles for recruiters; revenue for alumni associations. ' +
        'Errors are RFC 9457 application/problem+json with a stable `code`. Lists use `limit` (1–100) and `cursor`.',
    )
    .setVersion('1')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'API key: pas_adm_…, pas_asc_… or pas_rec_…' },
      'apiKey',
    )
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Alumnus session token: pas_ses_…' }, 'alumnusSession')
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
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
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
