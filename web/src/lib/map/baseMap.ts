import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';

export interface MapTiles {
  url: string;
  attribution: string;
}

/**
 * Draws the base map under what a Leaflet map shows: the installation's tile server when there is
 * one, otherwise the country outlines of Natural Earth that this application serves itself, so
 * nothing leaves the network. Returns what to call when the map goes away before the outlines arrive.
 */
export function drawBaseMap(map: L.Map, tiles: MapTiles | null): () => void {
  const attribution = L.control.attribution({ prefix: false }).addTo(map);
  if (tiles) {
    L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19, crossOrigin: true }).addTo(map);
    return () => {};
  }
  attribution.addAttribution('Natural Earth · Leaflet');
  let cancelled = false;
  void fetch(atlasUrl)
    .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topology) => {
      if (cancelled) return;
      L.geoJSON(feature(topology, topology.objects.countries), { interactive: false, style: () => ({ className: 'place-map__country' }) })
        .addTo(map)
        .bringToBack();
    })
    .catch(() => {});
  return () => {
    cancelled = true;
  };
}
