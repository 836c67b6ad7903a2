import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SeriesPosition } from './exchangeApi';

/** "Teil 2 von 3" (or "Teil 2" when the number of parts is open), linking to the programme when asked. */
export function SeriesPart({ series, link = false }: { series: SeriesPosition; link?: boolean }) {
  const { t } = useTranslation();
  const text = series.plannedParts === null ? t('exchanges.seriesPartOpen', { part: series.part }) : t('exchanges.seriesPart', { part: series.part, planned: series.plannedParts });
  if (!link) return <>{text}</>;
  return (
    <Link className="kern-link" to={`/programmes/${series.id}`}>
      {text}
    </Link>
  );
}
