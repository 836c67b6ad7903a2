import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { PlaceRef } from '../../lib/api/types';
import { drawBaseMap } from '../../lib/map/baseMap';

export interface MapLine {
  id: string;
  title: string;
  places: PlaceRef[];
  placeNames: string[];
}

/** Pairs of places to join: every pair for up to four parties, else each to the next. */
function segments(places: PlaceRef[]): [PlaceRef, PlaceRef][] {
  if (places.length <= 4) return places.flatMap((from, index) => places.slice(index + 1).map((to): [PlaceRef, PlaceRef] => [from, to]));
  return places.slice(1).map((to, index): [PlaceRef, PlaceRef] => [places[index]!, to]);
}

/**
 * Partnerships as lines between their places on the offline base map (Natural Earth country
 * shapes from world-atlas, served by this application). A line leads to its partnership.
 */
export function PartnershipMap({ lines }: { lines: MapLine[] }) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { worldCopyJump: true, attributionControl: false, zoomSnap: 0.5, keyboard: true }).setView([50, 20], 4);
    const stopBaseMap = drawBaseMap(map, null);
    const overlay = L.layerGroup().addTo(map);
    const points = new Map<string, { place: PlaceRef; name: string }>();
    const bounds: L.LatLngExpression[] = [];
    for (const line of lines) {
      line.places.forEach((place, index) => points.set(place.id, { place, name: line.placeNames[index] ?? place.name }));
      for (const [from, to] of segments(line.places)) {
        const path = L.polyline(
          [
            [from.latitude!, from.longitude!],
            [to.latitude!, to.longitude!],
          ],
          { className: 'partnership-map__line', weight: 3 },
        ).addTo(overlay);
        path.bindTooltip(line.title, { sticky: true, className: 'partnership-map__label' });
        path.on('click', () => void navigate(`/partnerships/${line.id}`));
      }
    }
    for (const { place, name } of points.values()) {
      bounds.push([place.latitude!, place.longitude!]);
      L.circleMarker([place.latitude!, place.longitude!], { radius: 5, className: 'place-map__point' }).bindTooltip(name, { direction: 'right', offset: [8, 0] }).addTo(overlay);
    }
    if (bounds.length > 1) map.fitBounds(L.latLngBounds(bounds), { padding: [24, 24], maxZoom: 6 });
    return () => {
      stopBaseMap();
      map.remove();
    };
  }, [lines, navigate]);

  return <div ref={container} className="place-map__canvas partnership-map__canvas" />;
}
