import type { TFunction } from 'i18next';
import { fieldProblemText, fieldProblemsOf } from '../api/codeTexts';
import { describeSendError } from './describeSendError';
import type { FormErrors } from './FormErrors';


/**
 * Turns a refused change into form errors: each issue the server names (`body.password`) goes
 * to the form field it belongs to; issues of no field, and failures without issues, become the
 * form's general message.
 */
export function formErrorsOf<F extends string>(
  error: unknown,
  fieldsByPath: Partial<Record<string, F>>,
  t: TFunction,
  byStatus: Partial<Record<number, string>> = {},
): FormErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  const issues = fieldProblemsOf(error);
  for (const issue of issues) {
    const field = fieldsByPath[issue.field];
    const message = fieldProblemText(issue, t);
    if (field === undefined) unplaced.push(message);
    else fields[field] ??= message;
  }
  const placedAny = Object.keys(fields).length > 0;
  const general = unplaced.length > 0 ? [...new Set(unplaced)].join(' ') : placedAny ? null : describeSendError(error, t, byStatus);
  return { fields, general };
}
