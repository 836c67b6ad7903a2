import type { OpenAPIV3_1 } from 'openapi-types';
import { ERROR_CODES } from '../errors.js';

/** The JSON schema of a problem document (see problem.ts), shared by every error response of the API description. */
export const problemJsonSchema: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  description: 'An RFC 9457 problem document; `code` is stable for programs, `errors` names each invalid field.',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', description: 'A URI reference naming the kind of problem, e.g. /problems/validation-error' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request target, or a URN naming the request when its target could not be read' },
    code: {
      type: 'string',
      enum: ERROR_CODES,
    },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        additionalProperties: false,
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
    requestId: { type: 'string' },
  },
};
