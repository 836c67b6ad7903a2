import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtractionState } from './documentApi';
import { ExtractionFailed } from './ExtractionFailed';
import { isExtracting } from './isExtracting';

interface Props {
  documentId: string;
  state: ExtractionState;
  /** Whether the viewer may ask for the proposals again. */
  canRetry: boolean;
  /** What to show once the proposals are found (announced when the extraction ends). */
  children?: ReactNode;
}

/**
 * The state of the proposals found in the background, in a live region: a calm note while they
 * are being found, then `children`; when finding them failed, why, and a button to try again.
 */
export function ExtractionStatus({ documentId, state, canRetry, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="extraction-status" role="status">
        {isExtracting(state) ? (
          <p className="extraction-status__running">
            <span className="kern-loader kern-loader--visible" aria-hidden="true" />
            <span className="kern-body">{t('extraction.running')}</span>
          </p>
        ) : (
          children
        )}
      </div>
      {state === 'failed' && <ExtractionFailed documentId={documentId} canRetry={canRetry} />}
    </>
  );
}
