import { useTranslation } from 'react-i18next';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { Link } from 'react-router';
import { EditLink } from '../../shell/EditLink';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { documentApi, documentKeys, type DocumentDetail } from './documentApi';

/** Edit, review and delete. */
export function DocumentActions({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const remove = useSaveAndOpen(() => documentApi.remove(document.id), { refresh: [documentKeys.all], open: () => '/documents' });
  if (!document.canEdit) return null;
  return (
    <>
      <div className="button-row">
        <EditLink to={`/documents/${document.id}/edit`} />
        <Link className="kern-btn kern-btn--secondary" to={`/documents/${document.id}/review`}>
          <span className="kern-label">{t('review.open')}</span>
        </Link>
        <ConfirmButton label={t('common.delete')} question={t('documents.deleteQuestion', { title: document.title })} confirmLabel={t('common.delete')} pending={remove.isPending} onConfirm={() => remove.mutate()} />
      </div>
      <FormAlert error={remove.error} />
    </>
  );
}
