import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from './documentApi';
import { isExtracting } from './isExtracting';

/** Above a list of documents, a live region telling for how many of them proposals are being found. */
export function ExtractingCount({ documents }: { documents: Pick<DocumentSummary, 'extractionState'>[] }) {
  const { t } = useTranslation();
  const count = documents.filter((document) => isExtracting(document.extractionState)).length;
  return (
    <p className="kern-body extracting-count" role="status">
      {count > 0 ? t('extraction.runningFor', { count }) : ''}
    </p>
  );
}
