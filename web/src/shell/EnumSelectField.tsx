import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SelectField } from './SelectField';

/** P where every value of T has its text under it (`P.<value>`); otherwise never, so the type check names the key. */
type KeyOfAll<T extends string, P extends string> = P & (`${P}.${T}` extends ParseKeys ? unknown : never);

/** How each value of an enum is shown: by the translations under a key, or by a function. */
export type EnumLabels<T extends string, P extends string = string> =
  | {
      /** The translation key the values' texts stand under: `enums.networkKind` shows `enums.networkKind.<value>`. */
      labels: KeyOfAll<T, P>;
      labelOf?: never;
    }
  | {
      /** The text of a value in the UI language, for values named outside the translations (e.g. countries). */
      labelOf: (value: T) => string;
      labels?: never;
    };

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
  const textOf = (value: T) => (labelOf ? labelOf(value) : t(`${labels}.${value}` as ParseKeys));
  return (
    <SelectField
      {...field}
      emptyLabel={emptyLabel ?? t('forms.choose')}
      options={values.map((value) => ({ value, label: textOf(value) }))}
      onChange={(chosen) => onChange(values.find((value) => value === chosen) ?? '')}
    />
  );
}
