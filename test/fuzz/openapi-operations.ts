import type { JsonSchema } from './json-schema.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface MediaType {
  schema?: JsonSchema;
}

export interface DocumentedResponse {
  content?: Record<string, MediaType>;
}

export interface Operation {
  method: string;
  /** The OpenAPI path, e.g. `/api/partnerships/{id}`. */
  path: string;
  parameters: Parameter[];
  body?: { mediaType: string; schema: JsonSchema };
  responses: Record<string, DocumentedResponse>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, MediaType> }; responses: Record<string, DocumentedResponse> }>>;
  components: Record<string, unknown>;
}

/** Changes that end the fuzzing viewer's own session or token run after everything else. */
const ENDS_OWN_ACCESS = /^(POST \/api\/auth\/sign-out|POST \/api\/auth\/sign-out-everywhere|DELETE \/api\/me)/;

function order(operation: Operation): number {
  if (ENDS_OWN_ACCESS.test(`${operation.method} ${operation.path}`)) return 3;
  if (operation.method === 'DELETE') return 2;
  return operation.method === 'GET' ? 0 : 1;
}

/** Every operation of the document, reads first and removals last, so records exist while they are read. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const [mediaType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        ...(mediaType ? { body: { mediaType, schema: media?.schema ?? {} } } : {}),
        responses: operation.responses,
      });
    }
  }
  return operations.sort((a, b) => order(a) - order(b));
}
