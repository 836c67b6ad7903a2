import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { DocumentEditForm } from './DocumentEditForm';
import { useDocument } from './useDocument';

export function DocumentEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useDocument(id);
  const title = t('documents.edit');
  return (
    <>
      <BackLink to={`/documents/${id ?? ''}`}>{t('documents.backToDocument')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <DocumentEditForm key={query.data.updatedAt} document={query.data} />}
    </>
  );
}
