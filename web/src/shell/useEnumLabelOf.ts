import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

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

/** The text of each value of an enum in the UI language, by its translation key or its `labelOf` (as {@link EnumLabels} checked them). */
export function useEnumLabelOf<T extends string>(labels: string | undefined, labelOf: ((value: T) => string) | undefined): (value: T) => string {
  const { t } = useTranslation();
  return (value) => (labelOf ? labelOf(value) : t(`${labels}.${value}` as ParseKeys));
}
