import { SelectField } from './SelectField';

interface Props<T extends string> {
  label: string;
  /** The chosen value, or '' for none. */
  value: T | '';
  /** The values offered, in this order (e.g. an enum of the API). */
  values: readonly T[];
  /** The text of a value in the UI language, e.g. `(value) => t(\`enums.networkKind.${value}\`)`. */
  labelOf: (value: T) => string;
  /** The first option, standing for "none" or "no filter". */
  emptyLabel: string;
  onChange: (value: T | '') => void;
  id?: string;
  error?: string;
  /** Marked with an asterisk, as the other required fields are. */
  required?: boolean;
}

/** A select of the values of an enum, each shown by its label; hands back the value itself, never a string outside the enum. */
export function EnumSelectField<T extends string>({ values, labelOf, onChange, ...field }: Props<T>) {
  return (
    <SelectField
      {...field}
      options={values.map((value) => ({ value, label: labelOf(value) }))}
      onChange={(chosen) => onChange(values.find((value) => value === chosen) ?? '')}
    />
  );
}
