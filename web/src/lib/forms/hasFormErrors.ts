import type { FormErrors } from './FormErrors';

export function hasFormErrors<F extends string>(errors: FormErrors<F>): boolean {
  return errors.general !== null || Object.values(errors.fields).some(Boolean);
}
