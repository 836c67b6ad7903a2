import type { FastifyInstance } from 'fastify';
import { AppError, validationFailed } from '../errors.js';
import { unstorableFieldIssues } from './unstorable-fields.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Refuses, for every route, input PostgreSQL cannot store (NUL, lone surrogates) in path
 * parameters, the query and JSON bodies with a 400 naming each field, before anything is written;
 * and a JSON body that is not UTF-8, which would otherwise be read with replacement characters.
 * Raw text bodies (CSV files) are left to their importers, which report a bad cell by line and column.
 */
export function registerInputHygiene(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body);
    } catch {
      const message = 'is not valid UTF-8 text';
      done(new AppError('malformed_json', `body: ${message}`, [{ field: 'body', code: 'invalid_text', message }]), undefined);
      return;
    }
    parseJson(request, text, done);
  });

  app.addHook('preValidation', async (request) => {
    const issues = [
      ...unstorableFieldIssues(request.params, 'path'),
      ...unstorableFieldIssues(request.query, 'query'),
      ...(typeof request.body === 'string' ? [] : unstorableFieldIssues(request.body, 'body')),
    ];
    if (issues.length > 0) throw validationFailed(issues);
  });
}
