import type { TFunction } from 'i18next';
import i18n from '../../i18n/i18n';

/** "Partnerschaft", "Ort": the kind of record in the UI language; unknown kinds as "Eintrag", never as a code. */
export function entityTypeName(entityType: string, t: TFunction): string {
  const key = `enums.auditEntityType.${entityType}`;
  return i18n.exists(key, { lng: 'de' }) ? t(key as 'enums.auditEntityType.partnership') : t('audit.unknownEntityType');
}
