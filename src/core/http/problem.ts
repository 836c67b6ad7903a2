import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError, FieldIssue, IssueParams } from '../errors.js';
import { localizeIssue, localizeProblemText, MESSAGE_LANGUAGES, messageLanguageOf, type MessageLanguage } from '../i18n/error-messages.js';

/**
 * An RFC 9457 problem document, with `code`, `params`, `errors` and `requestId` as extension members.
 * Programs read `code` and `params`; `title`, `detail` and each issue's `message` are for people,
 * in the language of `?lang=` when the request names one, else of `Accept-Language`.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  params?: IssueParams;
  errors?: FieldIssue[];
  requestId: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export function problemFor(error: AppError, instance: string, requestId: string, language: MessageLanguage = 'en'): Problem {
  const { title, detail } = localizeProblemText(error, language);
  return {
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title,
    status: error.status,
    detail,
    instance,
    code: error.code,
    ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}),
    ...(error.issues.length > 0 ? { errors: error.issues.map((issue) => localizeIssue(issue, language)) } : {}),
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

/**
 * A download opened as a link (`?lang=uk`) shows its problem to the reader as it is, so the language
 * it asked for wins over the browser's `Accept-Language`.
 */
function problemLanguageOf(request: FastifyRequest): MessageLanguage {
  const asked = new URLSearchParams(request.url.split('?')[1] ?? '').get('lang');
  return (MESSAGE_LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as MessageLanguage) : messageLanguageOf(request.headers['accept-language']);
}

export function problemOf(error: AppError, request: FastifyRequest): Problem {
  return problemFor(error, instanceOf(request.url), request.id, problemLanguageOf(request));
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  if (error.status === 503) reply.header('retry-after', '5');
  const problem = problemOf(error, reply.request);
  return reply.status(error.status).type(PROBLEM_CONTENT_TYPE).header('content-language', problemLanguageOf(reply.request)).send(problem);
}
