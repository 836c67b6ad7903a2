import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { ActorName } from './ActorName';
import type { AuditEvent } from './auditApi';
import { ChangeList } from './ChangeList';
import { MergeHeading } from './MergeHeading';
import { entityTypeName } from './entityTypeName';
import { TableScroll } from '../../shell/TableScroll';

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
  if (events.length === 0) return <p className="kern-body">{t('audit.empty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table kern-table--small audit-table">
        <caption className="kern-sr-only">{t('audit.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('audit.when')}</th>
            <th scope="col" className="kern-table__header">{t('audit.who')}</th>
            <th scope="col" className="kern-table__header">{t('audit.action')}</th>
            <th scope="col" className="kern-table__header">{t('audit.record')}</th>
            <th scope="col" className="kern-table__header">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {events.map((event) => {
            const label = recordLabel(event, memberNames, t);
            return (
            <tr key={event.id} className="kern-table__row">
              <td className="kern-table__cell nowrap">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, language)}</time>
              </td>
              <td className="kern-table__cell">
                <ActorName event={event} />
              </td>
              <td className="kern-table__cell">{t(`enums.auditAction.${event.action}`)}</td>
              <td className="kern-table__cell">
                {entityTypeName(event.entityType, t)}
                {label && (
                  <>
                    : <span className="audit-table__label">{label}</span>
                  </>
                )}
              </td>
              <td className="kern-table__cell">
                <MergeHeading event={event} />
                <ChangeList event={event} />
              </td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
