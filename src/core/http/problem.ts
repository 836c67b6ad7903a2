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

export function problemOf(error: AppError, request: FastifyRequest): Problem {
  return {
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    instance: request.url,
    code: error.code,
    ...(error.issues.length > 0 ? { errors: error.issues } : {}),
    requestId: request.id,
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  if (error.status === 503) reply.header('retry-after', '5');
  return reply.status(error.status).type(PROBLEM_CONTENT_TYPE).send(problemOf(error, reply.request));
}
