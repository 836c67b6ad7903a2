import i18n from '../i18n/i18n';
import { ApiError } from './api/ApiError';
import { fieldProblemText } from './api/codeTexts';

/** What is wrong with one field of a failed request (`body.name` …) in the UI language, if the server named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.problem?.errors?.find((candidate) => candidate.field === field || candidate.field.startsWith(`${field}.`));
  return issue ? fieldProblemText(issue, i18n.t) : undefined;
}

/** The problem of each field of a request's body, by the field's name in the body: `const error = bodyFieldErrors(save.error); error('title')`. */
export function bodyFieldErrors(error: unknown): (field: string) => string | undefined {
  return (field) => fieldError(error, `body.${field}`);
}
