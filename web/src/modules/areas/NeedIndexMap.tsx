import 'leaflet/dist/leaflet.css';
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { drawBaseMap } from '../../lib/map/baseMap';
import { keepMarkersApart, movableMarker } from '../../lib/map/declutter';
import { useSession } from '../accounts/useSession';
import { areaApi, areaKeys } from './areaApi';

export interface MapArea {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  rank: number | null;
  /** Where the area stands among the ranked ones: 0 = most need, 1 = least. */
  share: number | null;
}

type Boundaries = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { placeId: string }>;

const tone = (share: number | null) => (share === null ? 'none' : share < 0.34 ? 'high' : share < 0.67 ? 'middle' : 'low');

/**
 * The candidate areas coloured by their need-index rank: imported boundaries as a choropleth,
 * labelled markers that move aside rather than hide each other. Under them the configured tile
 * server, or offline the country outlines this application serves itself (nothing else is loaded).
 */
export function NeedIndexMap({ monitorId, areas }: { monitorId: string; areas: MapArea[] }) {
  const { t } = useTranslation();
  const mapTiles = useSession().session?.mapTiles ?? null;
  const container = useRef<HTMLDivElement>(null);
  const boundaries = useQuery({
    queryKey: areaKeys.boundaries(monitorId),
    queryFn: async ({ signal }) => (await areaApi.boundaries(monitorId, signal)) as Boundaries,
  });
  const shapes = boundaries.data?.features ?? [];
  const shown = areas.filter((area) => (Number.isFinite(area.latitude) && Number.isFinite(area.longitude)) || shapes.some((shape) => shape.properties.placeId === area.id));
  const key = `${shown.map((area) => `${area.id}:${area.rank}`).join(',')}|${shapes.length}|${mapTiles?.url ?? ''}`;

  useEffect(() => {
    if (!container.current || shown.length === 0) return;
    const map = L.map(container.current, { attributionControl: false, zoomSnap: 0.5 });
    const stopBaseMap = drawBaseMap(map, mapTiles);
    const byId = new Map(shown.map((area) => [area.id, area]));
    const outlines = L.geoJSON(
      { type: 'FeatureCollection', features: shapes.filter((shape) => byId.has(shape.properties.placeId)) } as Boundaries,
      { style: (shape) => ({ className: `need-map__boundary need-map__area--${tone(byId.get(shape!.properties.placeId)!.share)}` }), interactive: false },
    );
    const centreOf = new Map<string, L.LatLng>();
    outlines.eachLayer((layer) => {
      const polygon = layer as L.Polygon & { feature: Boundaries['features'][number] };
      centreOf.set(polygon.feature.properties.placeId, polygon.getBounds().getCenter());
    });
    // Most need first: those markers and labels keep their place when others must move aside.
    const ordered = [...shown].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
    const homes = ordered.map((area) => centreOf.get(area.id) ?? L.latLng(area.latitude, area.longitude));
    const bounds = L.latLngBounds(homes);
    if (outlines.getLayers().length > 0) bounds.extend(outlines.getBounds());
    // Vector layers need the map's view before they are added.
    map.fitBounds(bounds.pad(0.3), { maxZoom: 14 });
    outlines.addTo(map);
    const markers = ordered.map((area, index) => {
      const home = homes[index]!;
      const marker = L.circleMarker(home, { radius: 10, className: `need-map__area need-map__area--${tone(area.share)}` }).addTo(map);
      marker.bindTooltip(area.rank === null ? area.name : `${area.rank}. ${area.name}`, { permanent: true, direction: 'right', offset: [12, 0], className: 'place-map__label' });
      return movableMarker(marker, home);
    });
    keepMarkersApart(map, markers);
    return () => {
      stopBaseMap();
      map.remove();
    };
    // The map is rebuilt when the areas, their ranks, the boundaries or the tiles change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (shown.length === 0) return null;
  return (
    <figure className="place-map">
      <div ref={container} className="place-map__canvas" data-boundaries={shapes.length} />
      <figcaption className="kern-body kern-body--small">{mapTiles ? t('areas.mapCaptionTiles') : t('areas.mapCaption')}</figcaption>
    </figure>
  );
}
