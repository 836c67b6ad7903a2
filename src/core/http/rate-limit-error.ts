import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/** @fastify/rate-limit sets Retry-After itself; the body becomes a problem document. */
export function rateLimitError(_request: FastifyRequest, context: { after: string }): AppError {
  return new AppError('rate_limited', `Too many requests; try again in ${context.after}`);
}
