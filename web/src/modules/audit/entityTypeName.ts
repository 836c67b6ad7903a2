import type { TFunction } from 'i18next';
import { AUDIT_ENTITY_TYPES } from './auditApi';

/** "Partnerschaft", "Mitgliedschaft": the kind of record in the UI language; unknown kinds as recorded. */
export function entityTypeName(entityType: string, t: TFunction): string {
  const known = AUDIT_ENTITY_TYPES.find((candidate) => candidate === entityType);
  return known ? t(`enums.auditEntityType.${known}`) : entityType;
}
