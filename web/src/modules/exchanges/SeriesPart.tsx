import { useTranslation } from 'react-i18next';
import type { SeriesPosition } from './exchangeTypes';

/** "Teil 2 von 3" (or "Teil 2" when the number of parts is open). */
export function SeriesPart({ series }: { series: SeriesPosition }) {
  const { t } = useTranslation();
  if (series.plannedParts === null) return <>{t('exchanges.seriesPartOpen', { part: series.part })}</>;
  return <>{t('exchanges.seriesPart', { part: series.part, planned: series.plannedParts })}</>;
}
