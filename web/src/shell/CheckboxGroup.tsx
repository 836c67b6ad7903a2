import { useId } from 'react';
import { Fieldset } from './Fieldset';
import { useEnumLabelOf, type EnumLabels } from './useEnumLabelOf';

type Props<T extends string, P extends string> = EnumLabels<T, P> & {
  legend: string;
  options: readonly T[];
  selected: readonly string[];
  onChange: (selected: T[]) => void;
  bodyClassName?: string;
};

/** Several choices out of a few, as checkboxes under one legend; the chosen ones in the order of `options`. */
export function CheckboxGroup<T extends string, P extends string>({ legend, options, labels, labelOf, selected, onChange, bodyClassName }: Props<T, P>) {
  const id = useId();
  const textOf = useEnumLabelOf(labels, labelOf);
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
            {textOf(value)}
          </label>
        </div>
      ))}
    </Fieldset>
  );
}
