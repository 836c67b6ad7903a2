import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { PlaceName } from '../../shell/PlaceName';
import type { PlaceSummary } from './placeApi';
import { TableScroll } from '../../shell/TableScroll';

export function PlaceTable({ places, caption }: { places: PlaceSummary[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (places.length === 0) return <p className="kern-body">{t('places.empty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('places.columnName')}</th>
            <th scope="col" className="kern-table__header">{t('places.columnKind')}</th>
            <th scope="col" className="kern-table__header">{t('places.columnCountry')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('places.columnPopulation')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {places.map((place) => (
            <tr key={place.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={`/places/${place.id}`}>
                  <PlaceName place={place} />
                </Link>
              </th>
              <td className="kern-table__cell">{t(`enums.placeKind.${place.kind}`)}</td>
              <td className="kern-table__cell">{place.countryCode ? countryName(place.countryCode, language) : ''}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{place.population ? formatNumber(place.population, language) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
