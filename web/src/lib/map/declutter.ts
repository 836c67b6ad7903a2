import L from 'leaflet';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where a point may move to when another sits on it: rings of growing radius around it. */
function* around(origin: L.Point, step: number): Generator<L.Point> {
  yield origin;
  for (let ring = 1; ring <= 8; ring++) {
    const count = 6 * ring;
    for (let index = 0; index < count; index++) {
      const angle = (2 * Math.PI * index) / count;
      yield L.point(origin.x + ring * step * Math.cos(angle), origin.y + ring * step * Math.sin(angle));
    }
  }
}

const LABEL_PLACES: { direction: L.Direction; offset: [number, number] }[] = [
  { direction: 'right', offset: [12, 0] },
  { direction: 'left', offset: [-12, 0] },
  { direction: 'top', offset: [0, -12] },
  { direction: 'bottom', offset: [0, 12] },
];

/**
 * Keeps markers and their permanent labels from hiding each other at the map's current zoom: a
 * marker that would cover another moves aside on a ring around its place (a thin line points back
 * to where it belongs), and each label takes the first side — right, left, above, below, then
 * further down or up — where it covers no marker and no label placed before it. Call again after
 * each zoom; markers are handled in the order given (most important first).
 */
export function declutter(map: L.Map, markers: { marker: L.CircleMarker; home: L.LatLng; leader?: L.Polyline }[]): void {
  const taken: Box[] = [];
  for (const entry of markers) {
    const radius = entry.marker.getRadius() + 2;
    const home = map.latLngToLayerPoint(entry.home);
    let chosen = home;
    for (const candidate of around(home, radius * 2)) {
      const box = { left: candidate.x - radius, top: candidate.y - radius, right: candidate.x + radius, bottom: candidate.y + radius };
      if (!taken.some((other) => overlaps(box, other))) {
        chosen = candidate;
        break;
      }
    }
    taken.push({ left: chosen.x - radius, top: chosen.y - radius, right: chosen.x + radius, bottom: chosen.y + radius });
    const position = map.layerPointToLatLng(chosen);
    entry.marker.setLatLng(position);
    if (chosen.equals(home)) entry.leader?.remove();
    else if (entry.leader) entry.leader.setLatLngs([entry.home, position]).addTo(map);
  }
  const mapBox = map.getContainer().getBoundingClientRect();
  const circles: Box[] = taken.map((box) => {
    const corner = map.layerPointToContainerPoint(L.point(box.left, box.top));
    return { left: corner.x, top: corner.y, right: corner.x + (box.right - box.left), bottom: corner.y + (box.bottom - box.top) };
  });
  const labelBoxes: Box[] = [];
  for (const [index, { marker }] of markers.entries()) {
    const tooltip = marker.getTooltip();
    if (!tooltip) continue;
    const places = [...LABEL_PLACES, ...[1, -1, 2, -2, 3, -3, 4, -4].map((step) => ({ direction: 'right' as const, offset: [12, step * 18] as [number, number] }))];
    let placed: Box | undefined;
    let last: Box | undefined;
    for (const place of places) {
      tooltip.options.direction = place.direction;
      tooltip.options.offset = L.point(place.offset);
      tooltip.update();
      const rect = tooltip.getElement()?.getBoundingClientRect();
      if (!rect) break;
      const box = { left: rect.left - mapBox.left, top: rect.top - mapBox.top, right: rect.right - mapBox.left, bottom: rect.bottom - mapBox.top };
      last = box;
      if (!labelBoxes.some((other) => overlaps(box, other)) && !circles.some((other, at) => at !== index && overlaps(box, other))) {
        placed = box;
        break;
      }
    }
    if (placed ?? last) labelBoxes.push((placed ?? last)!);
  }
}

/** A marker at its home, with the leader line that joins it to its home once it moves aside. */
export const movableMarker = (marker: L.CircleMarker, home: L.LatLng) => ({ marker, home, leader: L.polyline([home, home], { className: 'need-map__leader', interactive: false }) });

/** Keeps the markers apart now and after every zoom. */
export function keepMarkersApart(map: L.Map, markers: Parameters<typeof declutter>[1]): void {
  const tidy = () => declutter(map, markers);
  tidy();
  map.on('zoomend', tidy);
}
