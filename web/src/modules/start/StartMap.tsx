import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { LoadingState } from '../../shell/LoadingState';
import { Section } from '../../shell/Section';
import type { StartPageData } from './startApi';

// Leaflet and the base map load after the page's text.
const PartnershipMap = lazy(() => import('../partnerships/PartnershipMap').then((module) => ({ default: module.PartnershipMap })));

/** The partnerships as lines on the map, with a link to the full map and its list as text. */
export function StartMap({ map }: { map: StartPageData['map'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lines = useMemo(
    () =>
      map.items.map((item) => ({
        id: item.id,
        title: pickText(item.title, language).text,
        places: item.places,
        placeNames: item.places.map((place) => pickName(place.names, place.name, language).text),
      })),
    [map.items, language],
  );
  return (
    <Section title={t('start.mapTitle')}>
      {lines.length === 0 ? (
        <p className="kern-body">{t('start.mapEmpty')}</p>
      ) : (
        <figure className="place-map">
          <Suspense fallback={<LoadingState />}>
            <PartnershipMap lines={lines} />
          </Suspense>
          <figcaption className="kern-body kern-body--small">
            {t('partnershipMap.caption', { count: lines.length })}
            {map.more && ` ${t('start.mapMore')}`}
          </figcaption>
        </figure>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/partnerships/map">
          {t('start.mapLink')}
        </Link>
      </p>
    </Section>
  );
}
