import { EnumSelectField } from './EnumSelectField';
import type { EnumLabels } from './useEnumLabelOf';

export type EnumFilterProps<T extends string, P extends string = string> = EnumLabels<T, P> & {
  label: string;
  /** The value filtered by, or undefined for all. */
  value: T | undefined;
  values: readonly T[];
  /** The first option, e.g. "All kinds". */
  allLabel: string;
  onChange: (value: T | undefined) => void;
};

/** A list filter on one enum: a select of its values with a first option for all of them. */
export function EnumFilter<T extends string, P extends string>({ value, allLabel, onChange, ...field }: EnumFilterProps<T, P>) {
  return <EnumSelectField {...field} value={value ?? ''} emptyLabel={allLabel} onChange={(chosen) => onChange(chosen || undefined)} />;
}
