import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { drawBaseMap } from '../../lib/map/baseMap';
import { useSession } from '../accounts/useSession';

interface Props {
  latitude: number;
  longitude: number;
  /** The place's name, for the marker's tooltip and the map's description. */
  name: string;
  /** Closer for districts and quarters, farther for countries. */
  zoom: number;
}

/** From this zoom on (towns, districts, quarters) a configured tile server draws the base map. */
const CITY_ZOOM = 8;

/**
 * A point on a base map: country shapes from Natural Earth (world-atlas), served by this
 * application itself, so nothing leaves the network; for city views the tile server of
 * MAP_TILE_URL when the installation has one.
 */
export function PlaceMap({ latitude, longitude, name, zoom }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const mapTiles = useSession().session?.mapTiles ?? null;
  const tiles = zoom >= CITY_ZOOM ? mapTiles : null;

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { worldCopyJump: true, attributionControl: false, zoomSnap: 0.5 }).setView([latitude, longitude], zoom);
    const stopBaseMap = drawBaseMap(map, tiles);
    const point = L.circleMarker([latitude, longitude], { radius: 8, className: 'place-map__point' }).addTo(map);
    point.bindTooltip(name, { permanent: true, direction: 'right', offset: [10, 0], className: 'place-map__label' });
    return () => {
      stopBaseMap();
      map.remove();
    };
  }, [latitude, longitude, name, zoom, tiles]);

  return (
    <figure className="place-map">
      <div ref={container} className="place-map__canvas" />
      <figcaption className="kern-body kern-body--small">
        {t('places.mapCaption', { name, latitude: latitude.toFixed(4), longitude: longitude.toFixed(4) })}
      </figcaption>
    </figure>
  );
}
