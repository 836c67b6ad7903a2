import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../shell/Badge';
import type { DocumentSummary } from './documentApi';
import { isExtracting } from './isExtracting';

/** A document's proposals in a list: being found, failed to be found, or how many wait for review (a link to them). */
export function ExtractionBadge({ document }: { document: Pick<DocumentSummary, 'id' | 'extractionState' | 'pendingProposals'> }) {
  const { t } = useTranslation();
  if (isExtracting(document.extractionState)) return <Badge>{t('extraction.running')}</Badge>;
  if (document.extractionState === 'failed') return <Badge tone="danger">{t('extraction.failedShort')}</Badge>;
  if (document.pendingProposals === 0) return null;
  return (
    <Link className="kern-link" to={`/documents/${document.id}/review`}>
      <Badge tone="warning">{t('documents.pendingProposals', { count: document.pendingProposals })}</Badge>
    </Link>
  );
}
