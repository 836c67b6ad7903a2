import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api/ApiError';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { useSession } from '../accounts/useSession';
import { ActorName } from './ActorName';
import { ChangeList } from './ChangeList';
import { MergeHeading } from './MergeHeading';
import { PartHeading } from './PartHeading';
import { UndoMerge } from './UndoMerge';
import { useRecordHistory } from './useRecordHistory';
import { pagedItems } from '../../lib/pagedItems';

interface Props {
  /** The record's history endpoint, e.g. `/partnerships/<id>/history`. */
  path: string;
  /** Where merges of this kind of record are undone, e.g. `/places`: adds "undo" to merges. */
  undoCollection?: string;
  /** Whether the viewer belongs to the record's workspace; others see only what their own workspaces recorded. */
  memberOfWorkspace: boolean;
  /** The record's kind, e.g. `exchange`: changes of its parts (its delegations) get a heading naming the part. */
  recordType?: string;
  /** The field by which a part names its record (`exchangeId`): not repeated in the record's own history. */
  partField?: string;
}

/**
 * Who changed a record when, and what: each change with its fields before → after, newest
 * first. Only members of the record's workspace may see it; other signed-in users are told so.
 */
export function RecordHistory({ path, undoCollection, memberOfWorkspace, recordType, partField }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user } = useSession();
  const history = useRecordHistory(path, user !== null);
  const events = pagedItems(history.data);

  if (history.isPending) return <LoadingState />;
  if (history.isError && !history.data) {
    if (history.error instanceof ApiError && (history.error.status === 403 || history.error.status === 401)) {
      return <p className="kern-body">{t('history.membersOnly')}</p>;
    }
    return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  }
  if (events.length === 0) return <p className="kern-body">{t(memberOfWorkspace ? 'history.empty' : 'history.membersOnly')}</p>;
  return (
    <>
      <ol className="history">
        {events.map((event) => (
          <li key={event.id} className="history__item">
            <p className="kern-body history__meta">
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, language)}</time>
              {' · '}
              <ActorName event={event} />
              {' · '}
              <strong>{t(`enums.auditAction.${event.action}`)}</strong>
            </p>
            {recordType && <PartHeading event={event} recordType={recordType} />}
            <MergeHeading event={event} />
            <ChangeList event={event} hidden={partField && event.entityType !== recordType ? [partField] : undefined} />
            {undoCollection && event.action === 'merge' && <UndoMerge event={event} collection={undoCollection} />}
          </li>
        ))}
      </ol>
      <LoadMore shown={events.length} query={history} />
      {history.isError && <ErrorState error={history.error} />}
    </>
  );
}
