import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sendProblem } from '../common/problem-details.filter';

/** The router's limit on one path parameter; longer API paths are 414 problems. */
export const MAX_PARAM_LENGTH = 200;

/**
 * Where `vite build web` wrote the web app: beside the sources (tests run src/ through swc-jest)
 * or two levels up from the compiled dist/src/web/.
 */
export function webAppDirectory(): string | null {
  for (const candidate of [join(__dirname, '../../web/dist'), join(__dirname, '../../../web/dist')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

/** Paths that belong to the API: never answered with the web app's index.html. */
const API_PATH = /^\/(v1|docs|openapi\.(json|yaml)|health|ready|metrics)(\/|$|\?)/;

/**
 * Serves the built web app at `/`: hashed files under /assets are immutable for a year, any other
 * GET that no API route took gets index.html (the client router draws the page) with no-cache,
 * and unknown API paths keep their problem+json 404.
 */
export async function serveWebApp(fastify: FastifyInstance, root: string): Promise<void> {
  const indexHtml = readFileSync(join(root, 'index.html'));
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    // index.html is sent by the fallback below, with its own caching rule.
    globIgnore: ['index.html'],
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes(`${join(root, 'assets')}/`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  fastify.get('/', (_request, reply) => sendIndex(reply));
  fastify.get('/*', (request, reply) => {
    // With this catch-all registered the router falls back to it instead of raising its
    // parameter-length error, so an over-long segment of an API path is answered here.
    const path = request.url.split('?')[0];
    if (API_PATH.test(request.url) && path.split('/').some((segment) => segment.length > MAX_PARAM_LENGTH)) {
      return sendProblem(
        Object.assign(new Error('A path parameter is too long'), { code: 'FST_ERR_MAX_PARAM_LENGTH', statusCode: 414 }),
        request,
        reply,
      );
    }
    if (API_PATH.test(request.url) || request.url.startsWith('/assets/')) return reply.callNotFound();
    return sendIndex(reply);
  });
}
