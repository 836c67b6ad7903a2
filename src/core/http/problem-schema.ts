import type { OpenAPIV3_1 } from 'openapi-types';
import { FIELD_CODES } from '../field-codes.js';

const paramsJsonSchema: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  description: 'The values a message is built from, e.g. `{ "max": 200 }` or `{ "from": "2023-11-27", "to": "2023-11-29" }`',
  additionalProperties: {
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
  },
};

/**
 * The JSON schema of a problem document (see problem.ts), shared by every error response of the API
 * description. `problemCodes` are the core's kinds and each module's own catalogue, which the
 * application collects (src/problem-codes.ts).
 */
export const problemJsonSchema = (problemCodes: readonly string[]): OpenAPIV3_1.SchemaObject => ({
  type: 'object',
  description:
    'An RFC 9457 problem document. `code` and `params` are stable for programs, which translate them; `errors` names each invalid field with its own `code` and `params`. `title`, `detail` and `message` follow Accept-Language (en, de, uk).',
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
      description: 'The kind of problem, or the code a module gives a conflict (e.g. plan_not_draft)',
      enum: [...problemCodes],
    },
    params: paramsJsonSchema,
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        additionalProperties: false,
        properties: {
          field: { type: 'string', description: 'Where the input is, e.g. body.day or query.limit' },
          code: { type: 'string', enum: [...FIELD_CODES] },
          params: paramsJsonSchema,
          message: { type: 'string' },
        },
      },
    },
    requestId: { type: 'string' },
  },
});
