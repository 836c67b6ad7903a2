import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable, postgresErrorOf } from '../db/database-errors.js';
import { AppError, databaseUnavailable, domainError, notFound, validationFailed } from '../errors.js';
import { sendProblem } from './problem.js';
import { fieldIssuesOfZod, type ZodValidationEntry } from './zod-issues.js';

const CONTEXT_NAMES: Record<string, string> = { querystring: 'query', body: 'body', params: 'path', headers: 'header' };

/** Turns anything thrown while handling a request into an AppError with the right status. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError & { validationContext?: string };

  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const context = fastifyError.validationContext ?? 'body';
    return validationFailed(fieldIssuesOfZod(fastifyError.validation as unknown as ZodValidationEntry[], CONTEXT_NAMES[context] ?? context));
  }
  if (typeof fastifyError.code === 'string' && fastifyError.code.startsWith('FST_CSRF')) {
    return new AppError('csrf_token_invalid', 'Send the CSRF token from GET /api/auth/session in the X-CSRF-Token header');
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_json', `body: ${fastifyError.message}`, [{ field: 'body', code: 'invalid_format', params: { format: 'json' }, message: fastifyError.message }]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body exceeds the size limit');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', fastifyError.message);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('malformed_request', 'The body is not as long as Content-Length says');
    case 'FST_ERR_BAD_URL':
      return new AppError('malformed_request', 'The URL is not validly percent-encoded');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('uri_too_long', 'A path segment is too long');
  }
  if (isDatabaseUnavailable(error)) return databaseUnavailable(error);

  const postgresError = postgresErrorOf(error);
  if (postgresError) {
    const field = postgresError.constraint ?? 'record';
    switch (postgresError.code) {
      case '23505':
        return domainError('conflict', 'record_exists', `A record with these values exists already (${field})`, {}, [{ field, code: 'not_unique', message: 'must be unique' }]);
      case '23503':
        if (postgresError.detail?.includes('is still referenced')) {
          return domainError('conflict', 'record_referenced', 'Other records still refer to this one; change or remove them first', {}, [{ field, code: 'still_referenced', message: 'is still referenced' }]);
        }
        return validationFailed([{ field, code: 'unknown_reference', message: 'refers to a record that does not exist' }]);
      case '23514':
      case '23502':
      case '22P02':
      case '22007':
      case '22008':
      case '22003':
        return validationFailed([{ field, code: 'invalid_value', message: postgresError.detail ?? 'has a value the database rejects' }]);
    }
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode === 404) return notFound('Resource');
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('validation_error', fastifyError.message);
  }
  return new AppError('internal_error', 'An unexpected error occurred; it has been logged', [], { cause: error });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, appError.message);
    else request.log.info({ code: appError.code, detail: appError.message }, 'request rejected');
    return sendProblem(reply, appError);
  });
}
