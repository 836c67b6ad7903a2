import type { TFunction } from 'i18next';
import de from '../../i18n/de.json';
import { ENDONYMS } from '../../i18n/endonyms';
import { isLanguage } from '../../i18n/isLanguage';
import type { FieldChange } from './FieldChange';

type KnownField = keyof (typeof de)['audit']['fields'];

const KNOWN = new Set(Object.keys(de.audit.fields));
const isKnown = (field: string): field is KnownField => KNOWN.has(field);

/** "Titel (English)", "Ort": the field's name in the UI language; a field not named here is "Weitere Angabe", never its code. */
export function fieldLabel(change: FieldChange, t: TFunction): string {
  const name = t(`audit.fields.${isKnown(change.field) ? change.field : 'other'}`);
  if (!change.language) return name;
  const language = isLanguage(change.language) ? ENDONYMS[change.language] : change.language;
  return `${name} (${language})`;
}
