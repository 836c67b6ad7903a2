import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../shell/Badge';
import { RecordTitle } from '../../shell/RecordTitle';
import { HighlightedText } from './HighlightedText';
import type { SearchHit } from './searchApi';

export function SearchHitList({ hits }: { hits: SearchHit[] }) {
  const { t } = useTranslation();
  return (
    <ol className="search-hits">
      {hits.map((hit) => (
        <li key={`${hit.type}:${hit.id}`} className="search-hit">
          <p className="badge-row">
            <Badge>{t(`search.type.${hit.type}`, { defaultValue: hit.type })}</Badge>
            {hit.year !== null && <span className="kern-body kern-body--small">{hit.year}</span>}
          </p>
          <h3 className="kern-heading-small search-hit__title">
            <Link className="kern-link" to={hit.path}>
              <RecordTitle value={hit.title} />
            </Link>
          </h3>
          {hit.snippet.length > 0 && (
            <p className="kern-body search-hit__snippet" lang={hit.language ?? undefined}>
              <HighlightedText segments={hit.snippet} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
