import Negotiator from 'negotiator';
import type { AppError, FieldIssue, IssueParams } from '../errors.js';
import de from './error-texts/de.json' with { type: 'json' };
import en from './error-texts/en.json' with { type: 'json' };
import uk from './error-texts/uk.json' with { type: 'json' };

export const MESSAGE_LANGUAGES = ['en', 'de', 'uk'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

interface ErrorTexts {
  field: Record<string, string>;
  problem: Record<string, string>;
}

/** The words for every field and problem code, per language; the web app shows the same texts. */
export const ERROR_TEXTS: Record<MessageLanguage, ErrorTexts> = { de, en, uk };

const LOCALES: Record<MessageLanguage, string> = { de: 'de-DE', en: 'en-GB', uk: 'uk-UA' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The language of the answer: the best match of `Accept-Language`, English when none matches. */
export function messageLanguageOf(acceptLanguage: string | undefined): MessageLanguage {
  if (!acceptLanguage) return 'en';
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...MESSAGE_LANGUAGES]);
  return (best as MessageLanguage | undefined) ?? 'en';
}

function formatParam(value: IssueParams[string], language: MessageLanguage): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  }
  return String(value);
}

function fill(template: string, params: IssueParams, language: MessageLanguage): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? formatParam(params[name]!, language) : whole));
}

/** A field issue's message in the language asked for; English keeps the more specific sentence written where it was raised. */
export function localizeIssue<I extends FieldIssue>(issue: I, language: MessageLanguage): I {
  if (language === 'en') return issue;
  const template = ERROR_TEXTS[language].field[issue.code];
  return template ? { ...issue, message: fill(template, issue.params ?? {}, language) } : issue;
}

/** The problem's title and detail in the language asked for. */
export function localizeProblemText(error: AppError, language: MessageLanguage): { title: string; detail: string } {
  if (language === 'en') return { title: error.title, detail: error.message };
  const texts = ERROR_TEXTS[language].problem;
  const title = texts[error.kind] ?? error.title;
  const template = texts[error.code] ?? texts[error.kind];
  return { title, detail: template ? fill(template, error.params, language) : error.message };
}
