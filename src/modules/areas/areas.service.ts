import { canEdit, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { invalidField, notFound, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import { firstText } from '../../core/http/record-fields.js';
import type { ServiceContext } from '../../core/service-context.js';
import type { PlaceRef } from '../places/places.schemas.js';
import { placeRefsByIds } from '../places/places.service.js';
import { isSelfOrDescendant } from '../places/places.service.js';
import { withKeys } from './indicator-keys.js';
import { projectRefsByIds, setProjectPilotArea } from '../projects/projects.service.js';
import type { IndicatorDirection } from './areas.tables.js';
import {
  deleteMonitorRow,
  deleteSelectionRow,
  findAreaIds,
  findIndicatorRows,
  findMonitorRow,
  findPeriods,
  findSelectionRows,
  findValueRows,
  insertMonitorRow,
  insertSelectionRow,
  listMonitorRows,
  findAreaIdsOf,
  replaceAreaRows,
  replaceIndicatorRows,
  updateMonitorRow,
  type MonitorRow,
} from './areas.repository.js';
import type { IndicatorInput, MonitorCreate, MonitorDetail, MonitorSummary, MonitorUpdate, NeedIndexQuery, PilotSelectionCreate } from './areas.schemas.js';
import { computeNeedIndex } from './need-index.js';
import { auditedMonitor, presentMonitorDetail, presentMonitorSummary } from './areas.presenter.js';
import { auditTrail } from '../audit/audit.service.js';

/** The audit events of a monitoring and of what is imported into it (`boundaries.ts`, `values-import.ts`). */
export const areaMonitorAudit = auditTrail<MonitorRow>('area_monitor', (row) => firstText(row.title));

async function summaries(ctx: ServiceContext, rows: MonitorRow[]): Promise<Map<string, MonitorSummary>> {
  const areaIds = await ctx.transaction((tx) => findAreaIdsOf(tx, rows.map((row) => row.id)));
  const places = await placeRefsByIds(ctx, [...rows.map((row) => row.cityPlaceId), ...[...areaIds.values()].flat()]);
  const projects = await projectRefsByIds(ctx, rows.map((row) => row.projectId));
  return new Map(rows.map((row) => [row.id, presentMonitorSummary(row, areaIds.get(row.id) ?? [], { places, projects })]));
}

export function listMonitors(ctx: ServiceContext, query: { projectId?: string; cityPlaceId?: string; limit: number; cursor?: string }): Promise<Page<MonitorSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortTitle',
    rows: (tx, ctx, window) => listMonitorRows(tx, ctx.viewer, query, window),
    present: async (shown, _tx, ctx) => {
      const presented = await summaries(ctx, shown);
      return (row) => presented.get(row.id)!;
    },
  });
}

export async function readableMonitor(tx: DbExecutor, ctx: ServiceContext, id: string): Promise<MonitorRow> {
  return requireRead(ctx.viewer, await findMonitorRow(tx, id), 'Area monitoring', id);
}

export async function getMonitor(ctx: ServiceContext, id: string): Promise<MonitorDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = await readableMonitor(tx, ctx, id);
    const indicators = await findIndicatorRows(tx, id);
    const areaIds = await findAreaIds(tx, id);
    const selections = await findSelectionRows(tx, id);
    const places = await placeRefsByIds(ctx, [...areaIds, ...selections.map((selection) => selection.placeId)]);
    const projects = await projectRefsByIds(ctx, selections.map((selection) => selection.projectId));
    const summary = (await summaries(ctx, [row])).get(id)!;
    return presentMonitorDetail(row, summary, { canEdit: canEdit(ctx.viewer, row), indicators, areaIds, periods: await findPeriods(tx, id), selections, refs: { places, projects } });
  });
}

type MonitorFields = Partial<Omit<MonitorCreate, 'workspaceId'>>;

function weightIssues(indicators: IndicatorInput[] | undefined): FieldIssue[] {
  if (!indicators) return [];
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  indicators.forEach((indicator, index) => {
    if (indicator.key === undefined) return;
    if (seen.has(indicator.key)) issues.push({ field: `body.indicators.${index}.key`, code: 'listed_twice', message: 'is used twice' });
    seen.add(indicator.key);
  });
  if (indicators.length > 0 && indicators.reduce((sum, indicator) => sum + indicator.weight, 0) <= 0) {
    issues.push({ field: 'body.indicators', code: 'invalid_value', message: 'the weights must sum to a positive value' });
  }
  return issues;
}

/** The candidate areas lie in the monitoring's city (`cityPlaceId`: the one it will have after the change). */
async function monitorIssues(tx: DbExecutor, ctx: ServiceContext, input: MonitorFields, cityPlaceId: string | null): Promise<FieldIssue[]> {
  const issues = weightIssues(input.indicators);
  const places = await placeRefsByIds(ctx, [input.cityPlaceId, cityPlaceId, ...(input.areaPlaceIds ?? [])]);
  if (input.cityPlaceId && !places.has(input.cityPlaceId)) issues.push({ field: 'body.cityPlaceId', code: 'unknown_reference', message: 'refers to no place you can see' });
  const city = cityPlaceId ? places.get(cityPlaceId) : undefined;
  for (const [index, placeId] of (input.areaPlaceIds ?? []).entries()) {
    if (!places.has(placeId)) issues.push({ field: `body.areaPlaceIds.${index}`, code: 'unknown_reference', message: 'refers to no place you can see' });
    else if (city && (placeId === city.id || !(await isSelfOrDescendant(tx, city.id, placeId)))) {
      issues.push({ field: `body.areaPlaceIds.${index}`, code: 'outside_city', params: { city: city.name }, message: `is not a place in ${city.name}` });
    }
  }
  if (input.projectId && !(await projectRefsByIds(ctx, [input.projectId])).has(input.projectId)) issues.push({ field: 'body.projectId', code: 'unknown_reference', message: 'refers to no project you can see' });
  return issues;
}

export async function createMonitor(ctx: ServiceContext, input: MonitorCreate): Promise<MonitorDetail> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    const issues = await monitorIssues(tx, ctx, input, input.cityPlaceId);
    if (issues.length > 0) throw validationFailed(issues);
    const { indicators: indicatorInputs, areaPlaceIds, ...fields } = input;
    const indicators = withKeys(indicatorInputs, []);
    const row = await insertMonitorRow(tx, { ...fields, createdBy: userIdOf(ctx.viewer) });
    await replaceIndicatorRows(tx, row.id, indicators);
    await replaceAreaRows(tx, row.id, [...new Set(areaPlaceIds)]);
    await areaMonitorAudit.created(tx, ctx, row, auditedMonitor(row, indicators, areaPlaceIds));
    return row.id;
  });
  return getMonitor(ctx, id);
}

export async function updateMonitor(ctx: ServiceContext, id: string, changes: MonitorUpdate): Promise<MonitorDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findMonitorRow(tx, id), 'Area monitoring', id);
    const indicatorsBefore = await findIndicatorRows(tx, id);
    const areasBefore = await findAreaIds(tx, id);
    const areasAfter = changes.areaPlaceIds ?? (changes.cityPlaceId !== undefined && changes.cityPlaceId !== before.cityPlaceId ? areasBefore : undefined);
    const issues = await monitorIssues(tx, ctx, { ...changes, areaPlaceIds: areasAfter }, changes.cityPlaceId === undefined ? before.cityPlaceId : changes.cityPlaceId);
    (changes.indicators ?? []).forEach((indicator, index) => {
      if (indicator.id && !indicatorsBefore.some((row) => row.id === indicator.id)) issues.push({ field: `body.indicators.${index}.id`, code: 'unknown_reference', message: 'is not an indicator of this monitoring' });
    });
    if (issues.length > 0) throw validationFailed(issues);
    const { indicators: indicatorInputs, areaPlaceIds, ...fields } = changes;
    const indicators = indicatorInputs && withKeys(indicatorInputs, indicatorsBefore);
    const after = await updateMonitorRow(tx, id, fields);
    if (indicators) await replaceIndicatorRows(tx, id, indicators);
    if (areaPlaceIds) await replaceAreaRows(tx, id, [...new Set(areaPlaceIds)]);
    await areaMonitorAudit.updated(tx, ctx, after, auditedMonitor(before, indicatorsBefore, areasBefore), auditedMonitor(after, indicators ?? indicatorsBefore, areaPlaceIds ?? areasBefore));
  });
  return getMonitor(ctx, id);
}

export async function deleteMonitor(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findMonitorRow(tx, id), 'Area monitoring', id);
    const indicators = await findIndicatorRows(tx, id);
    const areas = await findAreaIds(tx, id);
    await deleteMonitorRow(tx, id);
    await areaMonitorAudit.deleted(tx, ctx, before, auditedMonitor(before, indicators, areas));
  });
}

/** The values of a period as a table: one row per candidate area, one column per indicator key. */
export async function valuesTable(ctx: ServiceContext, id: string, period: string) {
  return ctx.transaction(async (tx, ctx) => {
    await readableMonitor(tx, ctx, id);
    const indicators = await findIndicatorRows(tx, id);
    const areaIds = await findAreaIds(tx, id);
    const values = await findValueRows(tx, id, period);
    const places = await placeRefsByIds(ctx, areaIds);
    const keyOf = new Map(indicators.map((indicator) => [indicator.id, indicator.key]));
    return {
      period,
      rows: [...places.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'de'))
        .map((area) => ({
          area,
          values: Object.fromEntries(
            indicators.map((indicator) => [keyOf.get(indicator.id)!, values.find((value) => value.placeId === area.id && value.indicatorId === indicator.id)?.value ?? null]),
          ),
        })),
    };
  });
}

function parsePairs(text: string | undefined): Map<string, string> {
  return new Map((text ? text.split(',') : []).map((pair) => pair.split(':') as [string, string]));
}

/** The composite need index of the candidate areas for a period, with the saved weights and directions or ones to try. */
export async function needIndex(ctx: ServiceContext, id: string, query: NeedIndexQuery) {
  return ctx.transaction(async (tx, ctx) => {
    await readableMonitor(tx, ctx, id);
    return computeForMonitor(tx, ctx, id, query);
  });
}

async function computeForMonitor(tx: DbExecutor, ctx: ServiceContext, id: string, query: NeedIndexQuery) {
  const rows = await findIndicatorRows(tx, id);
  const weights = parsePairs(query.weights);
  const directions = parsePairs(query.directions);
  const issues: FieldIssue[] = [];
  for (const key of [...weights.keys()]) if (!rows.some((row) => row.key === key)) issues.push({ field: 'query.weights', code: 'unknown_reference', message: `names "${key}", which is not an indicator of this monitoring` });
  for (const key of [...directions.keys()]) if (!rows.some((row) => row.key === key)) issues.push({ field: 'query.directions', code: 'unknown_reference', message: `names "${key}", which is not an indicator of this monitoring` });
  const indicators = rows.map((row) => ({
    id: row.id,
    key: row.key,
    name: row.name,
    weight: weights.has(row.key) ? Number(weights.get(row.key)) : row.weight,
    direction: (directions.get(row.key) ?? row.direction) as IndicatorDirection,
  }));
  if (indicators.some((indicator) => indicator.weight < 0)) issues.push({ field: 'query.weights', code: 'too_small', params: { min: 0 }, message: 'must not be negative' });
  else if (indicators.length > 0 && indicators.reduce((sum, indicator) => sum + indicator.weight, 0) <= 0) {
    issues.push({ field: query.weights ? 'query.weights' : 'indicators', code: 'invalid_value', message: 'the weights must sum to a positive value' });
  }
  if (issues.length > 0) throw validationFailed(issues);
  const areaIds = await findAreaIds(tx, id);
  const valueRows = await findValueRows(tx, id, query.period);
  const values = new Map<string, Map<string, number>>();
  for (const row of valueRows) values.set(row.placeId, (values.get(row.placeId) ?? new Map()).set(row.indicatorId, row.value));
  const places = await placeRefsByIds(ctx, areaIds);
  const visibleAreas = areaIds.filter((placeId) => places.has(placeId)).sort((a, b) => places.get(a)!.name.localeCompare(places.get(b)!.name, 'de'));
  const ranked = computeNeedIndex(visibleAreas, indicators, values);
  const keyOf = new Map(indicators.map((indicator) => [indicator.id, indicator.key]));
  const statsOf = (indicatorId: string) => {
    const present = visibleAreas.flatMap((placeId) => (values.get(placeId)?.has(indicatorId) ? [values.get(placeId)!.get(indicatorId)!] : []));
    if (present.length === 0) return { mean: null, standardDeviation: null };
    const mean = present.reduce((sum, value) => sum + value, 0) / present.length;
    return { mean, standardDeviation: Math.sqrt(present.reduce((sum, value) => sum + (value - mean) ** 2, 0) / present.length) };
  };
  return {
    period: query.period,
    indicators: indicators.map((indicator) => ({ ...indicator, ...statsOf(indicator.id) })),
    ranking: ranked.map((area) => ({
      area: places.get(area.placeId)! as PlaceRef,
      score: area.score,
      rank: area.rank,
      components: area.components.map((component) => ({ key: keyOf.get(component.indicatorId)!, value: component.value, z: component.z, score: component.score })),
      missing: area.missing.map((indicatorId) => keyOf.get(indicatorId)!),
    })),
  };
}

/**
 * Records the choice of a pilot area with its rationale and its need index at the time; when it
 * starts a project, the project's pilot area is set to it.
 */
export async function selectPilotArea(ctx: ServiceContext, id: string, input: PilotSelectionCreate): Promise<MonitorDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const monitor = requireEdit(ctx.viewer, await findMonitorRow(tx, id), 'Area monitoring', id);
    const areaIds = await findAreaIds(tx, id);
    if (!areaIds.includes(input.placeId)) throw invalidField('body.placeId', 'unknown_reference', 'must be one of the candidate areas of this monitoring');
    const index = await computeForMonitor(tx, ctx, id, { period: input.period });
    const entry = index.ranking.find((area) => area.area.id === input.placeId);
    const row = await insertSelectionRow(tx, {
      monitorId: id,
      placeId: input.placeId,
      period: input.period,
      rationale: input.rationale,
      projectId: input.projectId,
      selectedOn: input.selectedOn,
      needIndex: { score: entry?.score ?? null, rank: entry?.rank ?? null, areas: index.ranking.length, weights: Object.fromEntries(index.indicators.map((indicator) => [indicator.key, indicator.weight])) },
      createdBy: userIdOf(ctx.viewer),
    });
    if (input.projectId) await setProjectPilotArea(ctx, input.projectId, input.placeId, 'body.projectId');
    await areaMonitorAudit.updated(tx, ctx, monitor, null, { pilotArea: input.placeId, period: row.period, rationale: row.rationale, projectId: row.projectId, selectedOn: row.selectedOn, needIndex: row.needIndex });
  });
  return getMonitor(ctx, id);
}

export async function deletePilotSelection(ctx: ServiceContext, id: string, selectionId: string): Promise<MonitorDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const monitor = requireEdit(ctx.viewer, await findMonitorRow(tx, id), 'Area monitoring', id);
    const deleted = await deleteSelectionRow(tx, id, selectionId);
    if (!deleted) throw notFound('Pilot-area selection', selectionId);
    await areaMonitorAudit.updated(tx, ctx, monitor, { pilotArea: deleted.placeId, period: deleted.period, rationale: deleted.rationale, selectedOn: deleted.selectedOn }, null);
  });
  return getMonitor(ctx, id);
}
