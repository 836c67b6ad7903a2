import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchResult } from './searchApi';

/** "Searched instead for …" when a word found nothing, the words of other languages searched too, and a note when not every word matched. */
export function SearchNotices({ result, query }: { result: SearchResult; query: string }) {
  const { t } = useTranslation();
  const corrections = result.corrections.filter((correction) => correction.replacements.length > 0);
  let corrected = query;
  for (const correction of corrections) corrected = corrected.replace(new RegExp(correction.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), correction.replacements[0]!);
  return (
    <>
      {corrections.length > 0 && (
        <div className="kern-alert kern-alert--info" role="note">
          <div className="kern-alert__body">
            <p className="kern-body">
              {t('search.searchedInstead', {
                words: corrections.map((correction) => `${correction.term} → ${correction.replacements.join(', ')}`).join('; '),
              })}{' '}
              {corrected !== query && (
                <>
                  {t('search.didYouMean')}{' '}
                  <Link className="kern-link" to={`/search?${new URLSearchParams({ q: corrected }).toString()}`}>
                    {corrected}
                  </Link>
                </>
              )}
            </p>
          </div>
        </div>
      )}
      {result.alsoSearched.length > 0 && (
        <p className="kern-body search-also" role="note">
          {t('search.alsoSearched', { words: result.alsoSearched.join(', ') })}
        </p>
      )}
      {result.matched === 'any' && result.items.length > 0 && (
        <div className="kern-alert kern-alert--info" role="note">
          <div className="kern-alert__body">
            <p className="kern-body">{t('search.matchedAny')}</p>
          </div>
        </div>
      )}
    </>
  );
}
