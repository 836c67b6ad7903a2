import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../shell/Badge';
import { FormAlert } from '../../shell/FormAlert';
import { LocalizedText } from '../../shell/LocalizedText';
import { EvidenceQuotes } from './EvidenceQuotes';
import { ProposalEditForm } from './ProposalEditForm';
import { ProposalFound } from './ProposalFound';
import { documentApi, documentKeys, type AcceptInput, type Proposal, type Review } from './documentApi';
import { SuggestionText } from './SuggestionText';

const STATE_TONES = { pending: 'info', accepted: 'success', rejected: 'warning' } as const;

/** One proposal: what was found, where, what accepting would do, and the reviewer's decision. */
export function ProposalCard({ review, proposal }: { review: Review; proposal: Proposal }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: documentKeys.all });
  const accept = useMutation({
    mutationFn: (input: AcceptInput) => documentApi.acceptProposal(review.document.id, proposal.id, input),
    onSuccess: async () => {
      setEditing(false);
      await refresh();
    },
  });
  const decide = useMutation({ mutationFn: (action: 'reject' | 'reopen') => action === 'reject' ? documentApi.rejectProposal(review.document.id, proposal.id) : documentApi.reopenProposal(review.document.id, proposal.id), onSuccess: refresh });
  const pending = accept.isPending || decide.isPending;
  const canAccept = proposal.suggestion?.action !== 'none' || (proposal.suggestion?.candidates.length ?? 0) > 0;
  const headingId = `proposal-${proposal.id}`;

  return (
    <li className="proposal" aria-labelledby={headingId}>
      <p className="badge-row">
        <Badge tone={STATE_TONES[proposal.state]}>{t(`review.states.${proposal.state}`)}</Badge>
      </p>
      <h3 id={headingId} className="kern-heading-small">
        <ProposalFound proposal={proposal} />
      </h3>
      <EvidenceQuotes text={review.document.text} evidence={proposal.evidence} language={review.document.language} />
      {proposal.state === 'pending' && <SuggestionText proposal={proposal} />}
      {proposal.state === 'accepted' && proposal.record && (
        <p className="kern-body">
          {t(proposal.decision?.created === true ? 'review.createdRecord' : 'review.linkedRecord')}{' '}
          <Link className="kern-link" to={proposal.record.path}>
            <LocalizedText value={proposal.record.title} />
          </Link>
        </p>
      )}
      {review.canReview && editing && <ProposalEditForm proposal={proposal} pending={pending} error={accept.error} onAccept={(input) => accept.mutate(input)} onCancel={() => setEditing(false)} />}
      {review.canReview && !editing && (
        <div className="button-row">
          {proposal.state === 'pending' && canAccept && (
            <button type="button" className="kern-btn kern-btn--primary kern-btn--small" aria-describedby={headingId} disabled={pending} onClick={() => accept.mutate({})}>
              <span className="kern-label">{t('review.accept')}</span>
            </button>
          )}
          {proposal.state === 'pending' && (
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-describedby={headingId} disabled={pending} onClick={() => setEditing(true)}>
              <span className="kern-label">{t('review.edit')}</span>
            </button>
          )}
          {proposal.state === 'pending' && (
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-describedby={headingId} disabled={pending} onClick={() => decide.mutate('reject')}>
              <span className="kern-label">{t('review.reject')}</span>
            </button>
          )}
          {proposal.state === 'rejected' && (
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" aria-describedby={headingId} disabled={pending} onClick={() => decide.mutate('reopen')}>
              <span className="kern-label">{t('review.reopen')}</span>
            </button>
          )}
        </div>
      )}
      <FormAlert error={accept.error ?? decide.error} />
    </li>
  );
}
