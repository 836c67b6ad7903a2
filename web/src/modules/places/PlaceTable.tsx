import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { PlaceName } from '../../shell/PlaceName';
import type { PlaceSummary } from './placeApi';
import { RecordTable } from '../../shell/RecordTable';

export function PlaceTable({ places, caption }: { places: PlaceSummary[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <RecordTable
      caption={caption}
      empty={t('places.empty')}
      rows={places}
      columns={[
        { header: t('places.columnName'), link: (place) => `/places/${place.id}`, cell: (place) => <PlaceName place={place} /> },
        { header: t('places.columnKind'), cell: (place) => t(`enums.placeKind.${place.kind}`) },
        { header: t('places.columnCountry'), cell: (place) => (place.countryCode ? countryName(place.countryCode, language) : '') },
        { header: t('places.columnPopulation'), numeric: true, cell: (place) => (place.population ? formatNumber(place.population, language) : '') },
      ]}
    />
  );
}
