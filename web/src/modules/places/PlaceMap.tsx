import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

interface Props {
  latitude: number;
  longitude: number;
  /** The place's name, for the marker's tooltip and the map's description. */
  name: string;
  /** Closer for districts and quarters, farther for countries. */
  zoom: number;
}

/**
 * A point on an offline base map: country shapes from Natural Earth (world-atlas), served by this
 * application itself — no tile server, nothing leaves the network.
 */
export function PlaceMap({ latitude, longitude, name, zoom }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { worldCopyJump: true, attributionControl: false, zoomSnap: 0.5 }).setView([latitude, longitude], zoom);
    L.control.attribution({ prefix: false }).addAttribution('Natural Earth · Leaflet').addTo(map);
    const point = L.circleMarker([latitude, longitude], { radius: 8, className: 'place-map__point' }).addTo(map);
    point.bindTooltip(name, { permanent: true, direction: 'right', offset: [10, 0], className: 'place-map__label' });
    let cancelled = false;
    void fetch(atlasUrl)
      .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>)
      .then((topology) => {
        if (cancelled) return;
        const countries = feature(topology, topology.objects.countries);
        L.geoJSON(countries, { interactive: false, style: () => ({ className: 'place-map__country' }) }).addTo(map);
        point.bringToFront();
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      map.remove();
    };
  }, [latitude, longitude, name, zoom]);

  return (
    <figure className="place-map">
      <div ref={container} className="place-map__canvas" />
      <figcaption className="kern-body kern-body--small">
        {t('places.mapCaption', { name, latitude: latitude.toFixed(4), longitude: longitude.toFixed(4) })}
      </figcaption>
    </figure>
  );
}
