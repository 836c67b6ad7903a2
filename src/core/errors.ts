/**
 * The flat catalogue of errors the application raises. Domain code throws these;
 * the HTTP layer turns them into RFC 9457 problem responses and the CLI into messages.
 */
import type { FieldCode } from './field-codes.js';

/** Values a message is built from (`{ max: 200 }`, `{ from, to }`, `{ allowed: [...] }`); clients translate code + params. */
export type IssueParams = Record<string, string | number | boolean | string[]>;

export interface FieldIssue {
  /** Dotted path of the offending input, e.g. `body.parties.0.placeId` or `query.limit`. */
  field: string;
  /** Stable, machine-readable reason; the UI translates it with `params`. */
  code: FieldCode;
  params?: IssueParams;
  /** The reason in words: English where thrown, in the request's language once answered. */
  message: string;
}

export type ErrorCode =
  | 'validation_error'
  | 'malformed_json'
  | 'malformed_request'
  | 'unauthorized'
  | 'forbidden'
  | 'csrf_token_invalid'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'request_timeout'
  | 'uri_too_long'
  | 'headers_too_large'
  | 'rate_limited'
  | 'database_unavailable'
  | 'upstream_unavailable'
  | 'internal_error';

const statusByCode: Record<ErrorCode, number> = {
  validation_error: 400,
  malformed_json: 400,
  malformed_request: 400,
  unauthorized: 401,
  forbidden: 403,
  csrf_token_invalid: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  uri_too_long: 414,
  headers_too_large: 431,
  rate_limited: 429,
  internal_error: 500,
  database_unavailable: 503,
  upstream_unavailable: 503,
};

export const ERROR_CODES = Object.keys(statusByCode) as ErrorCode[];

const titleByCode: Record<ErrorCode, string> = {
  validation_error: 'The request is invalid',
  malformed_json: 'The request body is not valid JSON',
  malformed_request: 'The request is not valid HTTP',
  unauthorized: 'Sign-in required',
  forbidden: 'Not allowed',
  csrf_token_invalid: 'Missing or invalid CSRF token',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  request_timeout: 'The request took too long to arrive',
  conflict: 'Conflict',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'Unsupported media type',
  uri_too_long: 'The request URI is too long',
  headers_too_large: 'The request headers are too large',
  rate_limited: 'Too many requests',
  internal_error: 'Internal server error',
  database_unavailable: 'The database is unavailable',
  upstream_unavailable: 'A service this request needs is unavailable',
};

export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  /** The stable code of the problem: the kind itself, or a module's own code of that kind (`plan_not_draft`). */
  readonly code: string;
  readonly params: IssueParams;

  constructor(
    readonly kind: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    options?: { cause?: unknown; code?: string; params?: IssueParams },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.status = statusByCode[kind];
    this.title = titleByCode[kind];
    this.code = options?.code ?? kind;
    this.params = options?.params ?? {};
  }
}

/** A field issue with its English wording; the message shown to people is built from code and params. */
export const fieldIssue = (field: string, code: FieldCode, message: string, params?: IssueParams): FieldIssue =>
  params === undefined ? { field, code, message } : { field, code, params, message };

export const validationFailed = (issues: FieldIssue[]) =>
  new AppError('validation_error', issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues);

export const invalidField = (field: string, code: FieldCode, message: string, params?: IssueParams) =>
  validationFailed([fieldIssue(field, code, message, params)]);

export const notFound = (what: string, id?: string) =>
  new AppError('not_found', id === undefined ? `${what} not found` : `${what} ${id} not found`);

/**
 * A refusal a module names with a code of its own catalogue (`plan_not_draft`); `kind` decides the
 * HTTP status at the edge, so domain code never mentions HTTP.
 */
export const conflictWith = <C extends string>(code: C, message: string, params: IssueParams = {}, issues: FieldIssue[] = []) =>
  new AppError('conflict', message, issues, { code, params });

/** The conflict factory of a module, typed to the codes it lists in its `*.errors.ts`. */
export const conflictsOf =
  <C extends string>(_codes: readonly C[]) =>
  (code: C, message: string, params: IssueParams = {}, issues: FieldIssue[] = []) =>
    conflictWith(code, message, params, issues);

/** Conflicts the HTTP layer names for any module: a database constraint said no. */
export const CORE_CONFLICTS = ['record_exists', 'record_referenced'] as const;

export const domainError = (kind: ErrorCode, code: string, message: string, params: IssueParams = {}, issues: FieldIssue[] = []) =>
  new AppError(kind, message, issues, { code, params });

export const unauthorized = (message = 'Sign in to do this') => new AppError('unauthorized', message);

export const forbidden = (message = 'Your role does not allow this') => new AppError('forbidden', message);

export const databaseUnavailable = (cause: unknown) =>
  new AppError('database_unavailable', 'The database cannot be reached at the moment; try again shortly', [], {
    cause,
  });
