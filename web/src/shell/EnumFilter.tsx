import { EnumSelectField } from './EnumSelectField';

export interface EnumFilterProps<T extends string> {
  label: string;
  /** The value filtered by, or undefined for all. */
  value: T | undefined;
  values: readonly T[];
  labelOf: (value: T) => string;
  /** The first option, e.g. "All kinds". */
  allLabel: string;
  onChange: (value: T | undefined) => void;
}

/** A list filter on one enum: a select of its values with a first option for all of them. */
export function EnumFilter<T extends string>({ value, allLabel, onChange, ...field }: EnumFilterProps<T>) {
  return <EnumSelectField {...field} value={value ?? ''} emptyLabel={allLabel} onChange={(chosen) => onChange(chosen || undefined)} />;
}
