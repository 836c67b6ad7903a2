import type { ReactNode } from 'react';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';

export interface FieldBasics {
  /** Also the target of the error summary's link to this field. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

/** The frame every text field shares: its label (optional fields say so), hint and error message, then the control. */
export function FieldFrame({ id, label, hint, error, optional, children }: FieldBasics & { children: ReactNode }) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      {hint && (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldError id={id} message={error} />
      {children}
    </div>
  );
}

/** What the control inside a field frame carries: its id and name, whether it is required, invalid, and what describes it. */
export function controlProps({ id, hint, error, optional }: Omit<FieldBasics, 'label'>, className = 'kern-form-input__input') {
  return {
    id,
    name: id,
    className: error ? `${className} kern-form-input__input--error` : className,
    required: !optional,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  } as const;
}
