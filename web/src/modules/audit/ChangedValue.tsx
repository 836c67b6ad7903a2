import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickTitle } from '../../lib/pickTitle';
import { useLanguage } from '../../lib/useLanguage';
import type { AuditEvent } from './auditApi';
import { describeValue, isRecordId } from './describeValue';

interface Props {
  field: string;
  value: unknown;
  event: AuditEvent;
  /** The other values recorded with this one (a budget's currency). */
  record: Record<string, unknown> | null;
  precision?: unknown;
}

/** The records of an event by id, named in the reader's language. */
export function useReferenceNames(event: AuditEvent) {
  const language = useLanguage();
  const references = new Map(event.references.map((reference) => [reference.id.toLowerCase(), reference]));
  return {
    references,
    nameOf: (id: string) => {
      const reference = references.get(id.toLowerCase());
      return reference ? pickTitle(reference.title, language).text || undefined : undefined;
    },
  };
}

/** One recorded value: a linked record as a link by its current name, a list of them as links, anything else as text. */
export function ChangedValue({ field, value, event, record, precision }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { references, nameOf } = useReferenceNames(event);
  const context = { field, entityType: event.entityType, t, language, record, precision, nameOf };
  const ids = isRecordId(value) ? [value] : Array.isArray(value) && value.length > 0 && value.every(isRecordId) ? value : null;
  if (ids) {
    return (
      <>
        {ids.map((id, index) => {
          const reference = references.get(id.toLowerCase());
          return (
            <span key={id}>
              {index > 0 && ', '}
              {reference ? (
                <Link className="kern-link" to={reference.path}>
                  {nameOf(id)}
                </Link>
              ) : (
                t('audit.hiddenRecord')
              )}
            </span>
          );
        })}
      </>
    );
  }
  return <>{describeValue(value, context)}</>;
}
