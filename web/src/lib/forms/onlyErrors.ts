import type { FormErrors } from './FormErrors';

/** Form errors from the browser's own checks: the fields with a message, no general message. */
export function onlyErrors<F extends string>(fields: Partial<Record<F, string | undefined>>): FormErrors<F> {
  const found: Partial<Record<F, string>> = {};
  for (const [name, message] of Object.entries(fields) as [F, string | undefined][]) {
    if (message) found[name] = message;
  }
  return { fields: found, general: null };
}
