import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from './formErrorsOf';
import type { FormErrors } from './FormErrors';
import { noFormErrors } from './noFormErrors';

export type FormFields<F extends string> = Record<F, { id: string; label: string }>;

/**
 * The errors of a form whose fields are sent as `body.<field>`: what its own checks found, or
 * what the server refused, each beside its field. `form` is what a `CheckedForm` takes,
 * `fieldProps(field)` what an `InputField` or `SelectField` of the form takes.
 */
export function useFormErrors<F extends string>(fields: FormFields<F>, byStatus: Partial<Record<number, string>> = {}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors<F>>(noFormErrors);
  const fieldsByPath = Object.fromEntries(Object.keys(fields).map((field) => [`body.${field}`, field as F]));
  const showRefusal = (error: unknown) => setErrors(formErrorsOf(error, fieldsByPath, t, byStatus));
  /** What a field needs of the form: its id (which the summary links to), its label and its error. */
  const fieldProps = (field: F) => ({ ...fields[field], error: errors.fields[field] });
  return { errors, setErrors, showRefusal, fieldProps, form: { errors, onErrors: setErrors, fields } };
}
