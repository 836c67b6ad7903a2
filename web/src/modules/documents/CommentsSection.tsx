import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../lib/fieldError';
import { ErrorState } from '../../shell/ErrorState';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { CommentItem } from './CommentItem';
import { documentApi, documentKeys, type DocumentDetail } from './documentApi';
import { useComments } from './useComments';
import { InlineForm } from '../../shell/InlineForm';
import { pagedItems } from '../../lib/pagedItems';

/** The comments of the document's workspace members; new ones wait for a coordinator's approval. */
export function CommentsSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useComments(document.id);
  const [body, setBody] = useState('');
  const post = useMutation({
    mutationFn: () => documentApi.addComment(document.id, body),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: documentKeys.comments(document.id) });
    },
  });
  const comments = pagedItems(query.data);
  const awaiting = query.data?.pages[0]?.awaitingModeration ?? 0;
  return (
    <>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {awaiting > 0 && <p className="kern-body" role="status">{t('comments.awaiting', { count: awaiting })}</p>}
      {query.data &&
        (comments.length === 0 ? (
          <p className="kern-body">{t('comments.empty')}</p>
        ) : (
          <>
            <ul className="comment-list">
              {comments.map((comment) => (
                <CommentItem key={comment.id} documentId={document.id} comment={comment} />
              ))}
            </ul>
            {query.hasNextPage && <LoadMore shown={comments.length} query={query} />}
          </>
        ))}
      {document.canComment && (
        <InlineForm onSubmit={() => post.mutate()} pending={post.isPending} error={post.error} submitLabel={t('comments.post')}>
          <InputField label={t('comments.new')} hint={t('comments.newHint')} multiline required value={body} onChange={setBody} error={fieldError(post.error, 'body.body')} />
        </InlineForm>
      )}
    </>
  );
}
