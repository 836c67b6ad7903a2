import type { ReactNode } from 'react';
import type { FormErrors } from '../lib/forms/FormErrors';
import { hasFormErrors } from '../lib/forms/hasFormErrors';
import { onlyErrors } from '../lib/forms/onlyErrors';
import { ErrorSummary } from './ErrorSummary';
import { SubmitButton } from './SubmitButton';

interface Props<F extends string> {
  errors: FormErrors<F>;
  onErrors: (errors: FormErrors<F>) => void;
  /** The form's fields in the order they appear, for the error summary. */
  fields: Record<F, { id: string; label: string }>;
  /** What the browser can tell before sending: a message per field with a problem. */
  check: () => Partial<Record<F, string | undefined>>;
  save: { mutate: () => void; isPending: boolean };
  submitLabel: string;
  pendingLabel: string;
  /** A secondary submit button, for a form beside the page's main action. */
  quiet?: boolean;
  /** What the form asks for, in a sentence above the list of problems. */
  intro?: ReactNode;
  children: ReactNode;
}

/** A stacked form that checks its fields first, lists the problems above them and sends only a form without any. */
export function CheckedForm<F extends string>({ errors, onErrors, fields, check, save, submitLabel, pendingLabel, quiet = false, intro, children }: Props<F>) {
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (save.isPending) return;
        const found = onlyErrors<F>(check());
        onErrors(found);
        if (!hasFormErrors(found)) save.mutate();
      }}
    >
      {intro && <p className="kern-body">{intro}</p>}
      <ErrorSummary errors={errors} fields={fields} />
      {children}
      <div className="button-row">
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} pending={save.isPending} variant={quiet ? 'secondary' : 'primary'} />
      </div>
    </form>
  );
}
