import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { ActorName } from './ActorName';
import type { AuditEvent } from './auditApi';
import { ChangeList } from './ChangeList';
import { MergeHeading } from './MergeHeading';
import { entityTypeName } from './entityTypeName';
import { RecordTable } from '../../shell/RecordTable';

/**
 * The record's name at the time. A membership change may be recorded without a name (the
 * member's name is looked up); an invitation without an address is a link to pass on.
 */
function recordLabel(event: AuditEvent, memberNames: ReadonlyMap<string, string>, t: TFunction): string | undefined {
  if (event.entityType === 'invitation' && event.label === 'link') return t('invitations.sharedLink');
  return event.label ?? (event.entityType === 'membership' ? memberNames.get(event.entityId) : undefined);
}

interface Props {
  events: AuditEvent[];
  /** Names of the workspace's members, for changes to a membership recorded without a name. */
  memberNames: ReadonlyMap<string, string>;
}

/** The changes of a workspace, newest first: when, who, what was done to which record, and the values. */
export function AuditEventTable({ events, memberNames }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <RecordTable
      caption={t('audit.caption')}
      small
      className="audit-table"
      rowHeader={false}
      empty={t('audit.empty')}
      rows={events}
      columns={[
        {
          header: t('audit.when'),
          cellClass: () => 'nowrap',
          cell: (event) => <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, language)}</time>,
        },
        { header: t('audit.who'), cell: (event) => <ActorName event={event} /> },
        { header: t('audit.action'), cell: (event) => t(`enums.auditAction.${event.action}`) },
        {
          header: t('audit.record'),
          cell: (event) => {
            const label = recordLabel(event, memberNames, t);
            return (
              <>
                {entityTypeName(event.entityType, t)}
                {label && (
                  <>
                    : <span className="audit-table__label">{label}</span>
                  </>
                )}
              </>
            );
          },
        },
        {
          header: t('audit.changes'),
          cell: (event) => (
            <>
              <MergeHeading event={event} />
              <ChangeList event={event} />
            </>
          ),
        },
      ]}
    />
  );
}
