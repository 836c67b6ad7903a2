import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { ExtractionStatus } from './ExtractionStatus';
import { isExtracting } from './isExtracting';
import { ProposalCard } from './ProposalCard';
import { ReviewActions } from './ReviewActions';
import { type Review } from './documentApi';
import { proposalFieldValues } from '../../lib/api/enums';

/** The proposals of a document field by field, with the reviewer's buttons. */
export function ReviewView({ review }: { review: Review }) {
  const { t } = useTranslation();
  const title = t('review.title', { title: review.document.title });
  const decided = review.proposals.filter((proposal) => proposal.state !== 'pending').length;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('review.intro')}</p>
      <p className="kern-body">
        <Link className="kern-link" to={`/documents/${review.document.id}`}>
          {t('review.toDocument')}
        </Link>
      </p>
      {review.document.reviewOutdated && !isExtracting(review.document.extractionState) && (
        <div className="kern-alert kern-alert--warning" role="note">
          <div className="kern-alert__body">
            <p className="kern-body">{t('review.outdated')}</p>
          </div>
        </div>
      )}
      <ExtractionStatus documentId={review.document.id} state={review.document.extractionState} canRetry={review.canReview}>
        {review.proposals.length > 0 && <p className="kern-body">{t('review.progress', { decided, total: review.proposals.length })}</p>}
        {review.proposals.length === 0 && review.document.extractionState !== 'failed' && <p className="kern-body">{t('review.empty')}</p>}
      </ExtractionStatus>
      <ReviewActions review={review} />
      {proposalFieldValues.map((field) => {
        const proposals = review.proposals.filter((proposal) => proposal.field === field);
        if (proposals.length === 0) return null;
        return (
          <Section key={field} title={`${t(`review.fieldsPlural.${field}`)} (${proposals.length})`}>
            <ul className="proposal-list">
              {proposals.map((proposal) => (
                <ProposalCard key={proposal.id} review={review} proposal={proposal} />
              ))}
            </ul>
          </Section>
        );
      })}
    </>
  );
}
