import type { ReactNode, Ref } from 'react';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import { FieldLabel } from './FieldLabel';

interface Props {
  /** Also the target of the error summary's link to this field. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date';
  autoComplete?: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  maxLength?: number;
  spellCheck?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled KERN text input with an optional hint and its error message. */
export function TextField({ id, label, value, onChange, type = 'text', autoComplete, hint, error, optional, maxLength, spellCheck, inputRef }: Props) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      {hint && (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldError id={id} message={error} />
      <input
        ref={inputRef}
        id={id}
        name={id}
        type={type}
        className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        maxLength={maxLength}
        spellCheck={spellCheck}
      />
    </div>
  );
}
