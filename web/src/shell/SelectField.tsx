import { useId } from 'react';

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
}

/** A labelled KERN select. */
export function SelectField({ label, value, emptyLabel, options, onChange }: Props) {
  const id = useId();
  return (
    <div className="kern-form-input select-field">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
