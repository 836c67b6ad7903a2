import type { ReactNode } from 'react';
import { Fieldset } from './Fieldset';

interface Option {
  value: string;
  label: string;
  hint?: ReactNode;
}

interface Props {
  /** Prefix of the radios' ids; the first radio has this id, for the error summary's link. */
  id: string;
  legend: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}

/** A KERN fieldset of radio buttons, each with an optional hint. */
export function RadioGroup({ id, legend, value, options, onChange }: Props) {
  return (
    <Fieldset legend={legend}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="kern-form-check">
            <input
              id={optionId}
              name={id}
              type="radio"
              className="kern-form-check__radio"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <label className="kern-label" htmlFor={optionId}>
              {option.label}
            </label>
            {option.hint && (
              <div className="kern-hint" id={`${optionId}-hint`}>
                {option.hint}
              </div>
            )}
          </div>
        );
      })}
    </Fieldset>
  );
}
