import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../lib/fieldError';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { InlineForm } from '../../shell/InlineForm';
import { InputField } from '../../shell/InputField';
import { documentApi, documentKeys, type DocumentComment } from './documentApi';

const STATE_TONES = { new: 'info', approved: 'success', hidden: 'warning' } as const;

/** One comment with what the viewer may do: edit their own, delete, hide or approve as moderator. */
export function CommentItem({ documentId, comment }: { documentId: string; comment: DocumentComment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body ?? '');
  const [hiding, setHiding] = useState(false);
  const [note, setNote] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: documentKeys.comments(documentId) });
  const edit = useMutation({
    mutationFn: () => documentApi.editComment(documentId, comment.id, body),
    onSuccess: async () => {
      setEditing(false);
      await refresh();
    },
  });
  const remove = useMutation({ mutationFn: () => documentApi.removeComment(documentId, comment.id), onSuccess: refresh });
  const hide = useMutation({
    mutationFn: () => documentApi.hideComment(documentId, comment.id, note.trim() || null),
    onSuccess: async () => {
      setHiding(false);
      await refresh();
    },
  });
  const approve = useMutation({ mutationFn: () => documentApi.approveComment(documentId, comment.id), onSuccess: refresh });
  const author = comment.author?.displayName ?? t('comments.unknownAuthor');

  return (
    <li className="comment">
      <p className="badge-row">
        <span className="kern-body kern-body--bold">{author}</span>
        <span className="kern-body kern-body--small">{formatDateTime(comment.createdAt, language)}</span>
        {comment.editedAt && <span className="kern-body kern-body--small">{t('comments.edited')}</span>}
        <Badge tone={STATE_TONES[comment.state]}>{t(`comments.states.${comment.state}`)}</Badge>
      </p>
      {editing ? (
        <InlineForm onSubmit={() => edit.mutate()} pending={edit.isPending} error={edit.error} small onCancel={() => setEditing(false)}>
          <InputField label={t('comments.body')} multiline required value={body} onChange={setBody} error={fieldError(edit.error, 'body.body')} />
        </InlineForm>
      ) : (
        <p className="kern-body preserve-lines">{comment.body ?? <em>{t('comments.hiddenBody')}</em>}</p>
      )}
      {comment.state === 'hidden' && comment.moderationNote && <p className="kern-body kern-body--small">{t('comments.moderationNote', { note: comment.moderationNote })}</p>}
      {hiding && (
        <InlineForm onSubmit={() => hide.mutate()} pending={hide.isPending} submitLabel={t('comments.hide')} small onCancel={() => setHiding(false)}>
          <InputField label={t('comments.hideNote')} value={note} onChange={setNote} />
        </InlineForm>
      )}
      {!editing && !hiding && (
        <div className="button-row">
          {comment.canEdit && comment.body !== null && (
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" aria-label={t('comments.editOf', { author })} onClick={() => setEditing(true)}>
              <span className="kern-label">{t('forms.edit')}</span>
            </button>
          )}
          {comment.canModerate && comment.state !== 'approved' && (
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" disabled={approve.isPending} onClick={() => approve.mutate()}>
              <span className="kern-label">{t('comments.approve')}</span>
            </button>
          )}
          {comment.canModerate && comment.state !== 'hidden' && (
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => setHiding(true)}>
              <span className="kern-label">{t('comments.hide')}</span>
            </button>
          )}
          {(comment.canEdit || comment.canModerate) && (
            <ConfirmButton small label={t('common.delete')} accessibleLabel={t('comments.deleteOf', { author })} question={t('comments.deleteQuestion')} confirmLabel={t('common.delete')} pending={remove.isPending} onConfirm={() => remove.mutate()} />
          )}
        </div>
      )}
      <FormAlert error={remove.error ?? approve.error ?? hide.error} />
    </li>
  );
}
