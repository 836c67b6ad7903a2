import { pickFields } from '../../core/records/pick-fields.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { ProjectRef } from '../projects/projects.schemas.js';
import type { IndicatorRow, MonitorRow, SelectionRow } from './areas.repository.js';
import type { MonitorDetail, MonitorSummary } from './areas.schemas.js';

/** What a monitor refers to, as far as the viewer may see it. */
export interface MonitorRefs {
  places: Map<string, PlaceRef>;
  projects: Map<string, ProjectRef>;
}

const seen = (refs: Map<string, PlaceRef>, ids: string[]) => ids.flatMap((id) => (refs.has(id) ? [refs.get(id)!] : []));

export const presentMonitorSummary = (row: MonitorRow, areaIds: string[], refs: MonitorRefs): MonitorSummary => ({
  id: row.id,
  title: row.title,
  visibility: row.visibility,
  city: (row.cityPlaceId && refs.places.get(row.cityPlaceId)) || null,
  project: (row.projectId && refs.projects.get(row.projectId)) || null,
  areas: seen(refs.places, areaIds),
});

export const presentIndicator = (row: IndicatorRow) => ({ id: row.id, key: row.key, name: row.name, unit: row.unit, direction: row.direction, weight: row.weight, source: row.source });

export const presentSelection = (row: SelectionRow, refs: MonitorRefs) => ({
  id: row.id,
  area: refs.places.get(row.placeId) ?? null,
  period: row.period,
  rationale: row.rationale,
  project: (row.projectId && refs.projects.get(row.projectId)) || null,
  selectedOn: row.selectedOn,
  needIndex: row.needIndex,
});

export function presentMonitorDetail(
  row: MonitorRow,
  summary: MonitorSummary,
  parts: { canEdit: boolean; indicators: IndicatorRow[]; areaIds: string[]; periods: string[]; selections: SelectionRow[]; refs: MonitorRefs },
): MonitorDetail {
  return {
    ...summary,
    workspaceId: row.workspaceId,
    canEdit: parts.canEdit,
    description: row.description,
    indicators: parts.indicators.map(presentIndicator),
    areas: seen(parts.refs.places, parts.areaIds).sort((a, b) => a.name.localeCompare(b.name, 'de')),
    periods: parts.periods,
    selections: parts.selections.map((selection) => presentSelection(selection, parts.refs)),
  };
}

/** A monitor in its history: indicators by their names (keys are CSV columns, never shown to readers). */
export const auditedMonitor = (row: MonitorRow, indicators: { name: Record<string, string>; direction: string; weight: number; unit: string }[], areaIds: string[]) => ({
  ...pickFields(row, ['title', 'description', 'cityPlaceId', 'projectId', 'visibility']),
  indicators: indicators.map((indicator) => ({ name: indicator.name, unit: indicator.unit, direction: indicator.direction, weight: indicator.weight })),
  areaPlaceIds: [...areaIds].sort(),
});
