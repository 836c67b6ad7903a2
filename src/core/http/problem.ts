import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError, FieldIssue } from '../errors.js';

/** An RFC 9457 problem document, with `code`, `errors` and `requestId` as extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: FieldIssue[];
  requestId: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemFor(error: AppError, instance: string, requestId: string): Problem {
  return {
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    instance,
    code: error.code,
    ...(error.issues.length > 0 ? { errors: error.issues } : {}),
    requestId,
  };
}

const LONGEST_INSTANCE = 2048;

/** The request target names the occurrence, unless it is too long to echo (a 414, a hostile URL). */
function instanceOf(url: string): string {
  if (url.length <= LONGEST_INSTANCE) return url;
  const path = url.split('?')[0]!;
  return path.length <= LONGEST_INSTANCE ? path : `urn:uuid:${randomUUID()}`;
}

export function problemOf(error: AppError, request: FastifyRequest): Problem {
  return problemFor(error, instanceOf(request.url), request.id);
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  if (error.status === 503) reply.header('retry-after', '5');
  return reply.status(error.status).type(PROBLEM_CONTENT_TYPE).send(problemOf(error, reply.request));
}
