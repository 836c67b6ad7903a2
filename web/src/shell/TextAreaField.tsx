import type { ReactNode } from 'react';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  maxLength?: number;
  rows?: number;
}

/** A labelled KERN multi-line text input. */
export function TextAreaField({ id, label, value, onChange, hint, error, optional, maxLength, rows = 4 }: Props) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      {hint && (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldError id={id} message={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`kern-form-input__input text-area${error ? ' kern-form-input__input--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        maxLength={maxLength}
      />
    </div>
  );
}
