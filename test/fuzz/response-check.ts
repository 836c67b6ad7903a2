import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { DocumentedResponse, OpenApiDocument, Operation } from './openapi-operations.js';

/** Problems the framework answers on any path; the document's `default` response describes them. */
const ANY_PATH_STATUSES = new Set([405, 408, 414, 431]);

export interface ResponseToCheck {
  statusCode: number;
  contentType: string | undefined;
  body: string;
}

/** Checks answers against the document: a documented status, its media type, and a body its schema accepts. */
export function createResponseChecker(document: OpenApiDocument): (operation: Operation, response: ResponseToCheck) => string | null {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  const compiled = new Map<string, ValidateFunction>();
  const validatorOf = (schema: object): ValidateFunction => {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile({ ...schema, components: document.components });
      compiled.set(key, validate);
    }
    return validate;
  };

  return (operation, response) => {
    const { statusCode } = response;
    if (statusCode >= 500) return `answered ${statusCode}: ${response.body.slice(0, 300)}`;
    const documented: DocumentedResponse | undefined = operation.responses[String(statusCode)] ?? (ANY_PATH_STATUSES.has(statusCode) ? operation.responses.default : undefined);
    if (!documented) return `answered ${statusCode}, which the document does not list: ${response.body.slice(0, 200)}`;
    const mediaType = response.contentType?.split(';')[0]?.trim();
    const content = documented.content;
    if (!content) return response.body.length === 0 ? null : `answered ${statusCode} with a body the document does not describe`;
    if (content['*/*']) return null;
    if (!mediaType || !content[mediaType]) return `answered ${statusCode} as ${mediaType}, documented as ${Object.keys(content).join(', ')}`;
    const schema = content[mediaType].schema;
    if (!schema || !/json/.test(mediaType)) return null;
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return `answered ${statusCode} with a body that is not JSON`;
    }
    const validate = validatorOf(schema);
    if (validate(body)) return null;
    return `answered ${statusCode} with a body its schema rejects: ${ajv.errorsText(validate.errors)} — ${response.body.slice(0, 200)}`;
  };
}
