import type { TFunction } from 'i18next';
import i18n from '../../i18n/i18n';
import { isLanguage } from '../../i18n/isLanguage';
import { DEFAULT_LANGUAGE } from '../../i18n/languages';
import { localeOf } from '../../i18n/localeOf';
import { ApiError } from './ApiError';
import type { FieldProblem, ProblemParams } from './Problem';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Params as a reader expects them: dates in the UI language's format, lists joined. */
function readableParams(params: ProblemParams | undefined, language: string): Record<string, string> {
  const locale = localeOf(isLanguage(language) ? language : DEFAULT_LANGUAGE);
  const readable: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (Array.isArray(value)) readable[name] = value.join(', ');
    else if (typeof value === 'string' && ISO_DATE.test(value)) {
      readable[name] = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
    } else readable[name] = String(value);
  }
  return readable;
}

/** The text of a code of the API's catalogue, or undefined when the UI does not know the code. */
function codeText(t: TFunction, group: 'field' | 'problem', code: string | undefined, params: ProblemParams | undefined): string | undefined {
  if (!code) return undefined;
  const key = `errorCodes.${group}.${code}`;
  if (!i18n.exists(key)) return undefined;
  return (t as unknown as (key: string, options: Record<string, string>) => string)(key, readableParams(params, i18n.resolvedLanguage ?? DEFAULT_LANGUAGE));
}

/** What is wrong with one field, from its code and params in the UI language; a general text for codes the UI does not know. */
export function fieldProblemText(issue: FieldProblem, t: TFunction): string {
  return codeText(t, 'field', issue.code, issue.params) ?? t('errors.fieldInvalid');
}

/** The refusal as a whole (a conflict, a missing right …) from its code and params, if the UI knows the code. */
export function problemText(error: ApiError, t: TFunction): string | undefined {
  return codeText(t, 'problem', error.problem?.code, error.problem?.params);
}

/** The field problems of a failed request, if any. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  return error instanceof ApiError ? (error.problem?.errors ?? []) : [];
}
