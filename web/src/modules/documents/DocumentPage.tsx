import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { DocumentDetailView } from './DocumentDetailView';
import { useDocument } from './useDocument';

export function DocumentPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useDocument(id);
  return (
    <RecordDetailFrame back={{ to: '/documents', label: t('documents.backToList') }} query={query} fallbackTitle={t('documents.fallbackTitle')}>
      {(record) => <DocumentDetailView document={record} />}
    </RecordDetailFrame>
  );
}
