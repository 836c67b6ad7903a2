import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, PlaceRef } from '../../lib/api/types';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { LoadingState } from '../../shell/LoadingState';

// Leaflet and the base map load after the page's text.
const PartnershipMap = lazy(() => import('./PartnershipMap').then((module) => ({ default: module.PartnershipMap })));

interface Props {
  partnerships: { id: string; title: LocalizedText; places: PlaceRef[] }[];
  /** Said in the caption after how many partnerships the map shows, e.g. that there are more. */
  children?: ReactNode;
}

/** Partnerships as lines between their places on the map, named in the reader's language, with a caption that counts them. */
export function PartnershipMapFigure({ partnerships, children }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lines = useMemo(
    () =>
      partnerships.map((partnership) => ({
        id: partnership.id,
        title: pickText(partnership.title, language).text,
        places: partnership.places,
        placeNames: partnership.places.map((place) => pickName(place.names, place.name, language).text),
      })),
    [partnerships, language],
  );
  return (
    <figure className="place-map">
      <Suspense fallback={<LoadingState />}>
        <PartnershipMap lines={lines} />
      </Suspense>
      <figcaption className="kern-body kern-body--small">
        {t('partnershipMap.caption', { count: lines.length })}
        {children}
      </figcaption>
    </figure>
  );
}
