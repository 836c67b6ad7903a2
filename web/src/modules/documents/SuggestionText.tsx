import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordTitle } from '../../shell/RecordTitle';
import { CandidateFacts } from './CandidateFacts';
import type { Proposal } from './documentApi';

/** What accepting would do: link an existing record, load a town from the gazetteer, or create a record. */
export function SuggestionText({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const suggestion = proposal.suggestion;
  if (!suggestion) return null;
  const linked = suggestion.candidates.find((candidate) => candidate.id === suggestion.recordId);
  const others = suggestion.candidates.filter((candidate) => candidate.id !== suggestion.recordId);
  return (
    <>
      <p className="kern-body">
        <span className="kern-body--bold">{t('review.suggestion')}: </span>
        {suggestion.action === 'link' && linked && (
          <>
            {t('review.suggestLink')}{' '}
            <Link className="kern-link" to={linked.path}>
              <RecordTitle value={linked.title} />
            </Link>
            <CandidateFacts candidate={linked} />
          </>
        )}
        {suggestion.action === 'link' && !linked && t('review.suggestGazetteer')}
        {suggestion.action === 'create' && t(`review.suggestCreate.${proposal.field}`)}
        {suggestion.action === 'none' && t('review.suggestNone')}
      </p>
      {suggestion.problem && <p className="kern-body kern-body--small">{t('review.problem', { problem: t(`review.problems.${suggestion.problem}`) })}</p>}
      {others.length > 0 && (
        <div className="proposal__candidates">
          <p className="kern-body kern-body--small">{t('review.otherCandidates')}</p>
          <ul className="kern-list">
            {others.map((candidate) => (
              <li key={candidate.id} className="kern-body kern-body--small">
                <Link className="kern-link" to={candidate.path}>
                  <RecordTitle value={candidate.title} />
                </Link>
                <CandidateFacts candidate={candidate} /> · {t('review.score', { score: Math.round(candidate.score * 100) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
