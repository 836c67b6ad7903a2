import type { TFunction } from 'i18next';
import i18n from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { languageName } from '../../lib/languageName';
import type { FieldChange } from './FieldChange';

/** "Titel (Englisch)", "Ort": the field's name and the text's language in the UI language; a field not named here is "Weitere Angabe", never its code. */
export function fieldLabel(change: FieldChange, t: TFunction, uiLanguage: Language): string {
  const key = `audit.fields.${change.field}`;
  const name = t(i18n.exists(key, { lng: 'de' }) ? (key as 'audit.fields.other') : 'audit.fields.other');
  if (!change.language) return name;
  return `${name} (${languageName(change.language, uiLanguage)})`;
}
