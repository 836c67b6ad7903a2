import { useTranslation } from 'react-i18next';
import { SelectField } from './SelectField';
import { useEnumLabelOf, type EnumLabels } from './useEnumLabelOf';

type Props<T extends string, P extends string> = EnumLabels<T, P> & {
  label: string;
  /** The chosen value, or '' for none. */
  value: T | '';
  /** The values offered, in this order (e.g. an enum of the API). */
  values: readonly T[];
  /** The first option, standing for "none" or "no filter"; "Choose" when not given. */
  emptyLabel?: string;
  onChange: (value: T | '') => void;
  id?: string;
  error?: string;
  /** Marked with an asterisk, as the other required fields are. */
  required?: boolean;
};

/** A select of the values of an enum, each shown by its label; hands back the value itself, never a string outside the enum. */
export function EnumSelectField<T extends string, P extends string>({ values, labels, labelOf, emptyLabel, onChange, ...field }: Props<T, P>) {
  const { t } = useTranslation();
  const textOf = useEnumLabelOf(labels, labelOf);
  return (
    <SelectField
      {...field}
      emptyLabel={emptyLabel ?? t('forms.choose')}
      options={values.map((value) => ({ value, label: textOf(value) }))}
      onChange={(chosen) => onChange(values.find((value) => value === chosen) ?? '')}
    />
  );
}
