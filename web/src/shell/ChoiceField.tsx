import type { ReactNode } from 'react';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';

interface Option {
  value: string;
  label: string;
  lang?: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  autoComplete?: string;
}

/** A labelled KERN select for a form (for list filters see SelectField). */
export function ChoiceField({ id, label, value, options, onChange, hint, error, autoComplete }: Props) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldLabel htmlFor={id} label={label} />
      {hint && (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldError id={id} message={error} />
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          name={id}
          className={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
