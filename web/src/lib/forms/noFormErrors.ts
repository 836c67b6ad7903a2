import type { FormErrors } from './FormErrors';

/** A form without errors; one shared value, so effects keyed on the errors do not run on every render. */
export const noFormErrors: FormErrors<never> = Object.freeze({ fields: Object.freeze({}), general: null });
