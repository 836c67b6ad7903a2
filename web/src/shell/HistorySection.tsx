import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../lib/api/apiGet';
import { apiSend } from '../lib/api/apiSend';
import type { Page } from '../lib/api/types';
import { FormAlert } from './FormAlert';
import { Section } from './Section';

interface HistoryEntry {
  id: number;
  occurredAt: string;
  action: 'create' | 'update' | 'delete' | 'merge' | 'restore';
  actorKind: 'user' | 'token' | 'system';
  actorName: string | null;
  label: string | null;
  mergedRecordId: string | null;
  undone: boolean;
}

interface Props {
  entityType: 'place' | 'organization' | 'person' | 'theme';
  entityId: string;
  /** The API collection, e.g. `/places`: undo goes to `{collection}/merges/{id}/undo`. */
  collection: string;
}

/** The changes of a record for members of its workspace, with "undo" on merges. Shows nothing to others. */
export function HistorySection({ entityType, entityId, collection }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['history', entityType, entityId],
    queryFn: ({ signal }) => apiGet<Page<HistoryEntry>>('/history', { entityType, entityId, limit: 20 }, signal),
  });
  const undo = useMutation({
    mutationFn: (eventId: number) => apiSend<{ restoredId: string }>('POST', `${collection}/merges/${eventId}/undo`),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
  const entries = query.data?.items ?? [];
  if (entries.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Section title={t('history.title')}>
      <ul className="kern-list history">
        {entries.map((entry) => (
          <li key={entry.id} className="kern-body">
            <time dateTime={entry.occurredAt}>{format.format(new Date(entry.occurredAt))}</time> – {t(`history.action.${entry.action}`)}
            {entry.actorName ? ` (${entry.actorName})` : ''}
            {entry.action === 'merge' && !entry.undone && (
              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small history__undo" onClick={() => undo.mutate(entry.id)} disabled={undo.isPending}>
                <span className="kern-label">{t('history.undoMerge')}</span>
              </button>
            )}
            {entry.undone && ` · ${t('history.undone')}`}
          </li>
        ))}
      </ul>
      <FormAlert error={undo.error} />
    </Section>
  );
}
