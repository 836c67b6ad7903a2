import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

export interface MapArea {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  rank: number | null;
  /** Where the area stands among the ranked ones: 0 = most need, 1 = least. */
  share: number | null;
}

const tone = (share: number | null) => (share === null ? 'none' : share < 0.34 ? 'high' : share < 0.67 ? 'middle' : 'low');

/** The candidate areas on the offline base map, coloured by their need-index rank and labelled with it. */
export function NeedIndexMap({ areas }: { areas: MapArea[] }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const located = areas.filter((area) => Number.isFinite(area.latitude) && Number.isFinite(area.longitude));
  const key = located.map((area) => `${area.id}:${area.rank}`).join(',');

  useEffect(() => {
    if (!container.current || located.length === 0) return;
    const map = L.map(container.current, { attributionControl: false, zoomSnap: 0.5 });
    L.control.attribution({ prefix: false }).addAttribution('Natural Earth · Leaflet').addTo(map);
    const markers = located.map((area) => {
      const marker = L.circleMarker([area.latitude, area.longitude], { radius: 10, className: `need-map__area need-map__area--${tone(area.share)}` }).addTo(map);
      marker.bindTooltip(area.rank === null ? area.name : `${area.rank}. ${area.name}`, { permanent: true, direction: 'right', offset: [10, 0], className: 'place-map__label' });
      return marker;
    });
    map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 12 });
    let cancelled = false;
    void fetch(atlasUrl)
      .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>)
      .then((topology) => {
        if (cancelled) return;
        L.geoJSON(feature(topology, topology.objects.countries), { interactive: false, style: () => ({ className: 'place-map__country' }) }).addTo(map);
        markers.forEach((marker) => marker.bringToFront());
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      map.remove();
    };
    // The map is rebuilt when the areas or their ranks change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (located.length === 0) return null;
  return (
    <figure className="place-map">
      <div ref={container} className="place-map__canvas" />
      <figcaption className="kern-body kern-body--small">{t('areas.mapCaption')}</figcaption>
    </figure>
  );
}
