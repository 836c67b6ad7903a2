import type { FieldIssue } from '../errors.js';
import { escapeUnstorable, unstorableCharacterIn } from '../text/storable-text.js';

/** Enough to fix a request; a body full of bad characters does not need thousands of lines. */
const MAX_ISSUES = 20;

type Pending = { key: string; path: string } | { value: unknown; path: string };

/**
 * Every string of the input, values and keys at any depth, that PostgreSQL cannot store, named by
 * its path as validation errors name fields: `body.name.de`, `body.links.0.recordId`, `query.q`.
 * Walks with its own stack, so deeply nested JSON cannot overflow the call stack.
 */
export function unstorableFieldIssues(input: unknown, root: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const pending: Pending[] = [{ value: input, path: root }];
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const next = pending.pop()!;
    if ('key' in next) {
      const problem = unstorableCharacterIn(next.key);
      if (problem) issues.push({ field: next.path, code: 'invalid_text', message: `is a field name that ${problem}` });
      continue;
    }
    const { value, path } = next;
    if (typeof value === 'string') {
      const problem = unstorableCharacterIn(value);
      if (problem) issues.push({ field: path, code: 'invalid_text', message: problem });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) pending.push({ value: value[index], path: `${path}.${index}` });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value).reverse()) {
        const itemPath = `${path}.${escapeUnstorable(key)}`;
        pending.push({ value: item, path: itemPath }, { key, path: itemPath });
      }
    }
  }
  return issues;
}

interface FormPart {
  type: string;
  fieldname: string;
  value?: unknown;
}

/** The text fields of a multipart form (`body.<name>`), as sent before its file. */
export function unstorableFormFieldIssues(fields: Record<string, FormPart | FormPart[] | undefined>): FieldIssue[] {
  const texts: Record<string, unknown> = {};
  for (const part of Object.values(fields).flat()) {
    if (part?.type === 'field') texts[part.fieldname] = part.value;
  }
  return unstorableFieldIssues(texts, 'body');
}
