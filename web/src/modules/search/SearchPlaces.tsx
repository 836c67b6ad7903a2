import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/countryName';
import { useLanguage } from '../../lib/useLanguage';
import { LocalizedText } from '../../shell/LocalizedText';
import type { SearchPlace } from './searchApi';

/** The places a query names, apart from the records found: towns of the gazetteer no record refers to yet. */
export function SearchPlaces({ places }: { places: SearchPlace[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (places.length === 0) return null;
  return (
    <section className="search-places" aria-labelledby="search-places-heading">
      <h2 id="search-places-heading" className="kern-heading-small">
        {t('search.places.heading', { count: places.length })}
      </h2>
      <ul className="search-hits">
        {places.map((place) => (
          <li key={place.id} className="search-hit">
            <Link className="kern-link" to={place.path}>
              <LocalizedText value={place.title} />
            </Link>
            <span className="kern-body kern-body--small">
              {' '}
              {[place.within, ...place.countries.map((code) => countryName(code, language))].filter((part, index, all) => part !== '' && all.indexOf(part) === index).join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
