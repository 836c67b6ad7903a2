import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mergeApi } from '../../lib/api/mergeApi';
import { FormAlert } from '../../shell/FormAlert';
import type { AuditEvent } from './auditApi';

/** "Undo" on a merge in a record's history: the merged record and its references come back. */
export function UndoMerge({ event, collection }: { event: AuditEvent; collection: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const undo = useMutation({
    mutationFn: () => mergeApi.undo(collection, event.id),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
  if (event.undone) return <p className="kern-body kern-body--muted">{t('history.undone')}</p>;
  return (
    <>
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small history__undo" onClick={() => undo.mutate()} disabled={undo.isPending}>
        <span className="kern-label">{t('history.undoMerge')}</span>
      </button>
      <FormAlert error={undo.error} />
    </>
  );
}
