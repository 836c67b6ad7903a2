import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shell/FormAlert';
import { isExtracting } from './isExtracting';
import { documentApi, documentKeys, type Review } from './documentApi';
import { useExtractAgain } from './useExtractAgain';

/** "Accept all suggested", and extracting again after the text changed (the new proposals are then found in the background). */
export function ReviewActions({ review }: { review: Review }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: documentKeys.all });
  const acceptAll = useMutation({ mutationFn: () => documentApi.acceptAll(review.document.id), onSuccess: refresh });
  const extract = useExtractAgain(review.document.id);
  const pendingCount = review.proposals.filter((proposal) => proposal.state === 'pending').length;
  if (!review.canReview) return null;
  return (
    <>
      <div className="button-row">
        {pendingCount > 0 && (
          <button type="button" className="kern-btn kern-btn--primary" disabled={acceptAll.isPending} onClick={() => acceptAll.mutate()}>
            <span className="kern-label">{acceptAll.isPending ? t('common.saving') : t('review.acceptAll', { count: pendingCount })}</span>
          </button>
        )}
        {(review.document.reviewOutdated || review.proposals.length === 0) && !isExtracting(review.document.extractionState) && review.document.extractionState !== 'failed' && (
          <button type="button" className="kern-btn kern-btn--secondary" disabled={extract.isPending} onClick={() => extract.mutate()}>
            <span className="kern-label">{t('review.extractAgain')}</span>
          </button>
        )}
      </div>
      <div role="status">
        {acceptAll.data && (
          <div className="kern-alert kern-alert--success">
            <div className="kern-alert__body">
              <p className="kern-body">{t('review.acceptedCount', { count: acceptAll.data.accepted })}</p>
              {acceptAll.data.left.length > 0 && (
                <>
                  <p className="kern-body">{t('review.leftCount', { count: acceptAll.data.left.length })}</p>
                  <ul className="kern-list">
                    {acceptAll.data.left.map((left) => (
                      <li key={left.id} className="kern-body kern-body--small">
                        {t(`review.fields.${left.field}`)}: {t(`review.leftReasons.${left.code}`, { defaultValue: t('review.leftReasons.other') })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </div>
        )}
      </div>
      <FormAlert error={acceptAll.error ?? extract.error} />
    </>
  );
}
