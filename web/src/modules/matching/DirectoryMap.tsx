import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { drawBaseMap } from '../../lib/map/baseMap';
import { keepMarkersApart, movableMarker } from '../../lib/map/declutter';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { useSession } from '../accounts/useSession';
import type { DirectoryPlace } from './matchingApi';

const tone = (entry: DirectoryPlace) => (entry.offers === 0 ? 'need' : entry.needs === 0 ? 'offer' : 'both');

/**
 * One marker per place of the directory, sized by how many needs and offers it has; markers that
 * would cover each other move aside. Choosing a marker shows that place's entries in the list.
 */
export function DirectoryMap({ places, onChoose }: { places: DirectoryPlace[]; onChoose: (placeId: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mapTiles = useSession().session?.mapTiles ?? null;
  const container = useRef<HTMLDivElement>(null);
  const chooseRef = useRef(onChoose);
  useEffect(() => {
    chooseRef.current = onChoose;
  }, [onChoose]);
  const key = `${places.map((entry) => `${entry.place.id}:${entry.needs}:${entry.offers}`).join(',')}|${language}|${mapTiles?.url ?? ''}`;

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { worldCopyJump: true, attributionControl: false, zoomSnap: 0.5 }).setView([50, 20], 4);
    const stopBaseMap = drawBaseMap(map, mapTiles);
    const shown = places.filter((entry) => entry.place.latitude !== null && entry.place.longitude !== null);
    const markers = shown.map((entry) => {
      const home = L.latLng(entry.place.latitude!, entry.place.longitude!);
      const count = entry.needs + entry.offers;
      const marker = L.circleMarker(home, { radius: 6 + 2 * Math.sqrt(count), className: `directory-map__point directory-map__point--${tone(entry)}` }).addTo(map);
      const name = pickName(entry.place.names, entry.place.name, language).text;
      marker.bindTooltip(t('matchingDirectory.mapMarker', { name, needs: entry.needs, offers: entry.offers }), { direction: 'right', offset: [10, 0] });
      marker.on('click', () => chooseRef.current(entry.place.id));
      return movableMarker(marker, home);
    });
    if (markers.length > 0) map.fitBounds(L.latLngBounds(markers.map((entry) => entry.home)).pad(0.2), { maxZoom: 7 });
    keepMarkersApart(map, markers);
    return () => {
      stopBaseMap();
      map.remove();
    };
    // The map is rebuilt when the places, their counts, the language or the tiles change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return (
    <figure className="place-map directory-map">
      <div ref={container} className="place-map__canvas" />
      <figcaption className="kern-body kern-body--small">{t('matchingDirectory.mapCaption')}</figcaption>
    </figure>
  );
}
