import { ApiError } from './api/ApiError';

/** The server's message for one field of a failed request (`body.name` …), if it named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem?.errors?.find((issue) => issue.field === field || issue.field.startsWith(`${field}.`))?.message;
}
