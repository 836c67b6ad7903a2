import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { RecordTable } from '../../shell/RecordTable';
import type { DocumentSummary } from './documentApi';
import { ExtractionBadge } from './ExtractionBadge';

export function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <RecordTable
      caption={t('documents.caption')}
      empty={t('documents.empty')}
      rows={documents}
      columns={[
        {
          header: t('documents.columnTitle'),
          cell: (document) => (
            <Link className="kern-link" to={`/documents/${document.id}`} lang={document.language}>
              {document.title}
            </Link>
          ),
        },
        { header: t('documents.kind'), cell: (document) => t(`documents.kinds.${document.kind}`) },
        { header: t('documents.language'), cell: (document) => t(`forms.languageName.${document.language}`) },
        { header: t('documents.date'), cell: (document) => formatDate(document.publishedOn ?? document.sortDate, language, 'medium'), cellClass: () => 'nowrap' },
        { header: t('documents.review'), cell: (document) => <ExtractionBadge document={document} /> },
      ]}
    />
  );
}
