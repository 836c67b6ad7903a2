import { useId } from 'react';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';

interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  /** The first option, standing for "no filter". */
  emptyLabel: string;
  options: Option[];
  onChange: (value: string) => void;
  /** Also the target of the error summary's link to this field; generated when not given. */
  id?: string;
  error?: string;
  /** Marked with an asterisk, as the other required fields are. */
  required?: boolean;
}

/** A labelled KERN select, with its error message when it has one. */
export function SelectField({ label, value, emptyLabel, options, onChange, id: givenId, error, required }: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <div className={`kern-form-input select-field${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {required && <span className="kern-label__optional"> *</span>}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className="kern-form-input__select"
          value={value}
          aria-describedby={describedBy(id, null, error)}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={id} message={error} />
    </div>
  );
}
