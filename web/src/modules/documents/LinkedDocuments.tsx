import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { Section } from '../../shell/Section';
import { useDocumentPages } from './useDocumentPages';

/** The documents linked to a record (a place, an organisation …), newest first. */
export function LinkedDocuments({ recordType, recordId }: { recordType: string; recordId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useDocumentPages({ linkedType: recordType, linkedId: recordId });
  const documents = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.data && documents.length === 0) return null;
  return (
    <Section title={t('documents.title')}>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {documents.length > 0 && (
        <>
          <ul className="kern-list">
            {documents.map((document) => (
              <li key={document.id} className="kern-body">
                <Link className="kern-link" to={`/documents/${document.id}`} lang={document.language}>
                  {document.title}
                </Link>{' '}
                · {t(`documents.kinds.${document.kind}`)} · {formatDate(document.publishedOn ?? document.sortDate, language, 'medium')}
              </li>
            ))}
          </ul>
          {query.hasNextPage && <LoadMore shown={documents.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />}
        </>
      )}
    </Section>
  );
}
