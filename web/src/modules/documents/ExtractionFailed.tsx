import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shell/FormAlert';
import { useExtractAgain } from './useExtractAgain';

/** Finding the proposals failed: says so, and lets those who may edit try again. */
export function ExtractionFailed({ documentId, canRetry }: { documentId: string; canRetry: boolean }) {
  const { t } = useTranslation();
  const extract = useExtractAgain(documentId);
  return (
    <div className="kern-alert kern-alert--danger" role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{t('extraction.failedTitle')}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{canRetry ? t('extraction.failed') : t('extraction.failedAskEditor')}</p>
        {canRetry && (
          <p className="button-row">
            <button type="button" className="kern-btn kern-btn--secondary" disabled={extract.isPending} onClick={() => extract.mutate()}>
              <span className="kern-label">{extract.isPending ? t('extraction.retrying') : t('extraction.retry')}</span>
            </button>
          </p>
        )}
        <FormAlert error={extract.error} />
      </div>
    </div>
  );
}
