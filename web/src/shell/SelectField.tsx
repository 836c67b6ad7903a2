import { useId, type ReactNode } from 'react';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import { FieldHead } from './FieldHead';

interface Option {
  value: string;
  label: string;
  /** The language of the option's label, when it is not the page's (e.g. a language named in itself). */
  lang?: string;
}

interface Props {
  label: string;
  value: string;
  /** The first option, standing for "none" or "no filter"; left out when every value is a choice. */
  emptyLabel?: string;
  options: Option[];
  onChange: (value: string) => void;
  /** Also the select's name and the target of the error summary's link to this field; generated when not given. */
  id?: string;
  hint?: ReactNode;
  error?: string;
  /** Marked with an asterisk, as the other required fields are. */
  required?: boolean;
  autoComplete?: string;
}

/** A labelled KERN select, with its hint and its error message when it has them. */
export function SelectField({ label, value, emptyLabel, options, onChange, id: givenId, hint, error, required, autoComplete }: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <div className={`kern-form-input select-field${error ? ' kern-form-input--error' : ''}`}>
      <FieldHead id={id} label={label} required={required} hint={hint} />
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          name={givenId}
          className="kern-form-input__select"
          value={value}
          autoComplete={autoComplete}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={id} message={error} />
    </div>
  );
}
