import type {} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/**
 * Limits failed attempts per key (e.g. per account, whatever the client's address): `check`
 * refuses with 429 while the limit is reached; `count` counts one failed attempt.
 */
export function createAttemptLimiter(
  app: FastifyInstance,
  options: { name: string; max: number; windowMs: number; keyOf: (request: FastifyRequest) => string },
) {
  const limiter = app.createRateLimit({
    max: options.max,
    timeWindow: options.windowMs,
    keyGenerator: (request) => `${options.name}:${options.keyOf(request)}`,
  });
  return {
    async check(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      const status = await limiter(request, { increment: false });
      if (!status.isAllowed && status.remaining <= 0) {
        reply.header('retry-after', String(Math.max(1, status.ttlInSeconds)));
        throw new AppError('rate_limited', `Too many attempts; try again in ${Math.ceil(status.ttlInSeconds / 60)} minute(s)`);
      }
    },
    async count(request: FastifyRequest): Promise<void> {
      await limiter(request);
    },
  };
}
