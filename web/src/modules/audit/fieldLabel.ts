import type { TFunction } from 'i18next';
import { ENDONYMS } from '../../i18n/endonyms';
import i18n from '../../i18n/i18n';
import { isLanguage } from '../../i18n/isLanguage';
import type { FieldChange } from './FieldChange';

/** "Titel (English)", "Ort": the field's name in the UI language; a field not named here is "Weitere Angabe", never its code. */
export function fieldLabel(change: FieldChange, t: TFunction): string {
  const key = `audit.fields.${change.field}`;
  const name = t(i18n.exists(key, { lng: 'de' }) ? (key as 'audit.fields.other') : 'audit.fields.other');
  if (!change.language) return name;
  const language = isLanguage(change.language) ? ENDONYMS[change.language] : change.language;
  return `${name} (${language})`;
}
