import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { DocumentDetailView } from './DocumentDetailView';
import { useDocument } from './useDocument';

export function DocumentPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useDocument(id);
  return (
    <>
      <BackLink to="/documents">{t('documents.backToList')}</BackLink>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <>
          <PageHeading title={t('documents.fallbackTitle')}>{t('documents.fallbackTitle')}</PageHeading>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <DocumentDetailView document={query.data} />}
    </>
  );
}
