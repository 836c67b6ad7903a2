import { useId } from 'react';
import { Fieldset } from '../../shell/Fieldset';

interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  selected: readonly string[];
  onChange: (selected: T[]) => void;
}

/** Several choices out of a few, as checkboxes under one legend. */
export function CheckboxGroup<T extends string>({ legend, options, labelOf, selected, onChange }: Props<T>) {
  const id = useId();
  return (
    <Fieldset legend={legend}>
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
