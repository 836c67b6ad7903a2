import { useId } from 'react';
import { Fieldset } from './Fieldset';

interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  selected: readonly string[];
  onChange: (selected: T[]) => void;
  bodyClassName?: string;
}

/** Several choices out of a few, as checkboxes under one legend; the chosen ones in the order of `options`. */
export function CheckboxGroup<T extends string>({ legend, options, labelOf, selected, onChange, bodyClassName }: Props<T>) {
  const id = useId();
  return (
    <Fieldset legend={legend} bodyClassName={bodyClassName}>
      {options.map((value) => (
        <div key={value} className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={`${id}-${value}`}
            checked={selected.includes(value)}
            onChange={(event) => onChange(options.filter((option) => (option === value ? event.target.checked : selected.includes(option))))}
          />
          <label className="kern-label" htmlFor={`${id}-${value}`}>
            {labelOf(value)}
          </label>
        </div>
      ))}
    </Fieldset>
  );
}
