import type { TFunction } from 'i18next';
import { ENDONYMS } from '../../i18n/endonyms';
import { isLanguage } from '../../i18n/isLanguage';
import type de from '../../i18n/de.json';
import type { FieldChange } from './FieldChange';

type KnownField = keyof (typeof de)['audit']['fields'];

const KNOWN: readonly KnownField[] = [
  'name',
  'slug',
  'description',
  'role',
  'email',
  'displayName',
  'language',
  'password',
  'emailVerified',
  'title',
  'kind',
  'status',
  'since',
  'endedOn',
  'parentId',
  'visibility',
  'parties',
  'expiresAt',
  'invitation',
];

/** "Titel (English)", "Rolle": the field's name in the UI language, the raw name for fields not known here. */
export function fieldLabel(change: FieldChange, t: TFunction): string {
  const known = KNOWN.find((field) => field === change.field);
  const name = known ? t(`audit.fields.${known}`) : change.field;
  if (!change.language) return name;
  const language = isLanguage(change.language) ? ENDONYMS[change.language] : change.language;
  return `${name} (${language})`;
}
