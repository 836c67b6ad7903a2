import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import type { AuditEvent } from './auditApi';
import { useReferenceNames } from './ChangedValue';
import { isLocalizedText, isRecordId } from './describeValue';

/** The parts whose changes appear in the history of the record they belong to. */
const PARTS = ['exchange_delegation', 'registration'] as const;
type Part = (typeof PARTS)[number];
const partOf = (entityType: string): Part | undefined => PARTS.find((part) => part === entityType);

/**
 * In a record's history, which of its parts a change is about: "Delegation „Gruppe aus
 * Mykolajiw“", "Anmeldung von Olena Koval". Changes of the record itself need no heading.
 */
export function PartHeading({ event, recordType }: { event: AuditEvent; recordType: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { nameOf } = useReferenceNames(event);
  const part = event.entityType === recordType ? undefined : partOf(event.entityType);
  if (!part) return null;
  const values = event.after ?? event.before ?? {};
  const named = (field: string) => {
    const id = values[field];
    return isRecordId(id) ? nameOf(id) : undefined;
  };
  let name: string | undefined;
  if (part === 'exchange_delegation') {
    const own = isLocalizedText(values.name) ? pickText(values.name, language).text : '';
    name = own || named('fromPlaceId') || named('fromOrganizationId') || event.label || undefined;
  } else {
    name = named('personId');
  }
  return <p className="kern-body kern-body--bold history__part">{t(`history.parts.${part}`, { name: name ?? t('audit.hiddenRecord') })}</p>;
}
