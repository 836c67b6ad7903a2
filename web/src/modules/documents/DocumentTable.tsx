import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import type { DocumentSummary } from './documentApi';
import { ExtractionBadge } from './ExtractionBadge';
import { TableScroll } from '../../shell/TableScroll';

export function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (documents.length === 0) return <p className="kern-body">{t('documents.empty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{t('documents.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('documents.columnTitle')}</th>
            <th scope="col" className="kern-table__header">{t('documents.kind')}</th>
            <th scope="col" className="kern-table__header">{t('documents.language')}</th>
            <th scope="col" className="kern-table__header">{t('documents.date')}</th>
            <th scope="col" className="kern-table__header">{t('documents.review')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {documents.map((document) => (
            <tr key={document.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={`/documents/${document.id}`} lang={document.language}>
                  {document.title}
                </Link>
              </th>
              <td className="kern-table__cell">{t(`documents.kinds.${document.kind}`)}</td>
              <td className="kern-table__cell">{t(`forms.inLanguage.${document.language}`)}</td>
              <td className="kern-table__cell nowrap">{formatDate(document.publishedOn ?? document.sortDate, language, 'medium')}</td>
              <td className="kern-table__cell">
                <ExtractionBadge document={document} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
