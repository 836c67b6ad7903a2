import { requireEdit } from '../../core/auth/policy.js';
import { validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { placeRefsByIds } from '../places/places.service.js';
import { areaMatcher } from './area-matching.js';
import { findAreaIds, findAreaRows, findMonitorRow, setAreaBoundary } from './areas.repository.js';
import { areaMonitorAudit, readableMonitor } from './areas.service.js';
import type { AreaBoundary } from './areas.tables.js';
import type { BoundaryImport } from './areas.schemas.js';


/** Properties that name the area a feature outlines, in the order they are looked at. */
const NAME_PROPERTIES = ['name', 'area', 'gebiet', 'ortsteil', 'stadtteil', 'quartier', 'name_de', 'bezeichnung', 'назва'];

const isPosition = (value: unknown) =>
  Array.isArray(value) && value.length >= 2 && value.length <= 3 && value.every((part) => typeof part === 'number' && Number.isFinite(part)) && Math.abs(value[0] as number) <= 180 && Math.abs(value[1] as number) <= 90;
const isRing = (value: unknown) => Array.isArray(value) && value.length >= 4 && value.every(isPosition) && (value[0] as number[]).every((part, index) => part === (value[value.length - 1] as number[])[index]);
const isPolygon = (value: unknown) => Array.isArray(value) && value.length >= 1 && value.every(isRing);

/** A Polygon or MultiPolygon of closed rings of longitude/latitude pairs (WGS 84, as GeoJSON requires); null when it is not one. */
export function areaBoundaryOf(geometry: unknown): AreaBoundary | null {
  if (typeof geometry !== 'object' || geometry === null) return null;
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon' && isPolygon(coordinates)) return { type, coordinates: coordinates as number[][][] };
  if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.length >= 1 && coordinates.every(isPolygon)) return { type, coordinates: coordinates as number[][][][] };
  return null;
}

function nameOf(properties: Record<string, unknown> | null): string {
  const entries = Object.entries(properties ?? {}).map(([key, value]) => [key.toLowerCase(), value] as const);
  for (const wanted of NAME_PROPERTIES) {
    const value = entries.find(([key]) => key === wanted)?.[1];
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value).trim();
  }
  return '';
}

/**
 * Sets the boundaries of candidate areas from a GeoJSON FeatureCollection: each feature names its
 * area in a property (name, Gebiet, Ortsteil …), matched like the rows of a values import but only
 * to candidates. All or nothing: any feature that is no area or no polygon refuses the file, naming it.
 */
export async function importBoundaries(ctx: ServiceContext, monitorId: string, input: BoundaryImport): Promise<{ areas: number }> {
  return ctx.transaction(async (tx, ctx) => {
    const monitor = requireEdit(ctx.viewer, await findMonitorRow(tx, monitorId), 'Area monitoring', monitorId);
    const match = await areaMatcher(tx, ctx, monitor, await findAreaIds(tx, monitorId));
    const issues: FieldIssue[] = [];
    const boundaries = new Map<string, AreaBoundary>();
    for (const [index, feature] of input.features.entries()) {
      const boundary = areaBoundaryOf(feature.geometry);
      if (!boundary) issues.push({ field: `body.features.${index}.geometry`, code: 'invalid_geometry', message: 'must be a GeoJSON Polygon or MultiPolygon of closed rings of longitude, latitude pairs' });
      const name = nameOf(feature.properties);
      const field = `body.features.${index}.properties.name`;
      if (!name) {
        issues.push({ field, code: 'required', message: 'is required: the name of the area the feature outlines' });
        continue;
      }
      const found = await match(name);
      if ('code' in found) issues.push({ field, code: found.code, params: found.params, message: found.message });
      else if (found.added) issues.push({ field, code: 'unknown_reference', message: `"${name}" is not a candidate area of this monitoring` });
      else if (boundaries.has(found.placeId)) issues.push({ field, code: 'listed_twice', message: 'outlines the same area as an earlier feature' });
      else if (boundary) boundaries.set(found.placeId, boundary);
    }
    if (issues.length > 0) throw validationFailed(issues);
    for (const [placeId, boundary] of boundaries) {
      await setAreaBoundary(tx, monitorId, placeId, boundary);
    }
    await areaMonitorAudit.updated(tx, ctx, monitor, null, { boundariesImported: [...boundaries.keys()].sort() });
    return { areas: boundaries.size };
  });
}

/** The candidate areas with a boundary, as a FeatureCollection for the map. */
export async function boundaryCollection(ctx: ServiceContext, monitorId: string) {
  return ctx.transaction(async (tx, ctx) => {
    await readableMonitor(tx, ctx, monitorId);
    const rows = await findAreaRows(tx, monitorId);
    const places = await placeRefsByIds(ctx, rows.map((row) => row.placeId));
    return {
      type: 'FeatureCollection' as const,
      features: rows.flatMap((row) => (row.boundary && places.has(row.placeId) ? [{ type: 'Feature' as const, properties: { placeId: row.placeId }, geometry: row.boundary }] : [])),
    };
  });
}
