import type { OpenAPIV3_1 } from 'openapi-types';
import { problemJsonSchema } from './problem-schema.js';

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const CHANGES = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Operation = OpenAPIV3_1.OperationObject & { 'x-rate-limit'?: unknown };
type Responses = OpenAPIV3_1.ResponsesObject;

const problemResponse = (description: string, extra: Partial<OpenAPIV3_1.ResponseObject> = {}): OpenAPIV3_1.ResponseObject => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: PROBLEM_REF } },
  ...extra,
});

/** Files the API answers with instead of JSON, by the path that serves them; attached files keep their own media type. */
const DOWNLOADS: [RegExp, string][] = [
  [/\.csv$/, 'text/csv'],
  [/\.ics$/, 'text/calendar'],
  [/\.xml$/, 'application/xml'],
  [/\.zip$/, 'application/zip'],
  [/\.pdf$/, 'application/pdf'],
  [/\/files\/\{fileId\}$/, '*/*'],
  [/\/people\/\{id\}\/export$/, 'application/json'],
];

function mayBeAnonymous(operation: Operation): boolean {
  return (operation.security ?? []).some((requirement) => Object.keys(requirement).length === 0);
}

/** Fields that name a record the operation works in or on: a workspace, or an invitation by its token. */
const REFERENCES = ['workspaceId', 'token', 'invitationToken', 'recordId'];

function namesRecord(operation: Operation): boolean {
  if (operation.parameters?.some((parameter) => 'name' in parameter && REFERENCES.includes(parameter.name))) return true;
  const body = operation.requestBody && 'content' in operation.requestBody ? operation.requestBody.content['application/json']?.schema : undefined;
  const properties = body && 'properties' in body ? Object.keys(body.properties ?? {}) : [];
  return properties.some((property) => REFERENCES.includes(property));
}

/** The problems an operation can answer with, from what it accepts and who may call it. */
export function errorResponsesOf(path: string, method: string, operation: Operation): Responses {
  const change = CHANGES.has(method);
  // Any request can be invalid: a path, query or body that is malformed or holds text that cannot be stored.
  const responses: Responses = {
    '400': problemResponse('The request is invalid: `errors` names each invalid field; or the URL or JSON body is malformed'),
  };
  responses['401'] = mayBeAnonymous(operation)
    ? problemResponse('The API token sent is unknown, revoked or expired')
    : problemResponse('Sign in, or send a valid API token');
  if (change || !mayBeAnonymous(operation)) {
    responses['403'] = problemResponse(
      change ? 'Your role does not allow this, the API token may only read, or the CSRF token is missing' : 'Your role does not allow this',
    );
  }
  if (path.includes('{') || method === 'delete' || namesRecord(operation)) responses['404'] = problemResponse('The record does not exist, or you may not see it');
  if (change) {
    responses['409'] = problemResponse('The change conflicts with the current state or with other records');
    responses['413'] = problemResponse('The request body is too large');
    responses['415'] = problemResponse('The request body has a media type this operation does not accept');
  }
  if (operation['x-rate-limit']) {
    responses['429'] = problemResponse('Too many requests; wait as long as Retry-After says', {
      headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
    });
  }
  responses.default = problemResponse('Any other problem: 405 for a method the path does not accept (see Allow), 408, 414 or 431 for a request too slow, too long or with too many headers, 500 for an unexpected error, 503 when the database is unavailable');
  return responses;
}

function withDownloadContent(path: string, responses: Responses): Responses {
  const success = responses['200'];
  const mediaType = DOWNLOADS.find(([pattern]) => pattern.test(path))?.[1];
  if (!mediaType || !success || '$ref' in success || success.content) return responses;
  const schema = mediaType === 'application/json' ? { type: 'object' as const } : { type: 'string' as const, ...(mediaType === '*/*' ? { format: 'binary' } : {}) };
  return { ...responses, '200': { ...success, content: { [mediaType]: { schema } } } };
}

const byStatus = ([a]: [string, unknown], [b]: [string, unknown]) => (a === 'default' ? 1 : b === 'default' ? -1 : a.localeCompare(b));

/** Adds the shared problem schema and each operation's error responses to the document. */
export function addErrorResponses(document: OpenAPIV3_1.Document, problemCodes: readonly string[]): OpenAPIV3_1.Document {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: problemJsonSchema(problemCodes) } };
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem?.[method] as Operation | undefined;
      if (!operation) continue;
      const responses = { ...errorResponsesOf(path, method, operation), ...withDownloadContent(path, operation.responses ?? {}) };
      operation.responses = Object.fromEntries(Object.entries(responses).sort(byStatus));
    }
  }
  return document;
}
