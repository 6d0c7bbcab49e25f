import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** GET /health's answer (HealthController declares the route and documents it). */
export const LIVENESS_PATH = '/health';
export const LIVENESS_ANSWER = Object.freeze({ status: 'ok' as const });

/**
 * Liveness is answered by Fastify's own handler instead of Nest's route pipeline. HealthController
 * still declares the route (@Public, @NoRateLimit, the OpenAPI operation), and Fastify's global hooks
 * still run for it (security headers, request id, CORS, the text-input check, the metrics), but
 * Nest's guards, interceptors and pipes have nothing to decide for a public, unthrottled route
 * without parameters whose answer is a constant, and they were most of its cost. Must be called
 * before app.init() (Nest registers its routes there).
 */
export function answerLivenessInFastify(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    if (route.url === LIVENESS_PATH && route.method === 'GET') {
      route.handler = function liveness(_request: FastifyRequest, reply: FastifyReply) {
        return reply.send(LIVENESS_ANSWER);
      };
    }
  });
}
