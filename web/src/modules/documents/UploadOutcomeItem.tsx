import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../shell/Badge';
import { CreatedDocumentState } from './CreatedDocumentState';
import type { UploadOutcome } from './documentApi';

/** One file of an uploaded batch and what became of it, in words. */
export function UploadOutcomeItem({ outcome }: { outcome: UploadOutcome }) {
  const { t } = useTranslation();
  return (
    <li className="upload-outcome">
      <span className="kern-body upload-outcome__file">{outcome.fileName}</span>
      {outcome.status === 'created' ? (
        <span className="upload-outcome__result">
          <Badge tone="success">{t('upload.outcome.created')}</Badge>{' '}
          <Link className="kern-link" to={`/documents/${outcome.documentId}`}>
            {outcome.title}
          </Link>{' '}
          <CreatedDocumentState documentId={outcome.documentId} />
          {!outcome.textFound && <span className="kern-body kern-body--small upload-outcome__note">{t('upload.outcome.noText')}</span>}
        </span>
      ) : (
        <span className="upload-outcome__result">
          <Badge tone={outcome.status === 'skipped' ? 'warning' : 'danger'}>{t(`upload.outcome.${outcome.status}`)}</Badge>{' '}
          <span className="kern-body">{t(`upload.reasons.${outcome.reason}`)}</span>
        </span>
      )}
    </li>
  );
}
