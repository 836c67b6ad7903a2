import type { LocalizedText } from '../../core/db/columns.js';
import { partnershipRefOf, type PlanReferences } from './plan-references.js';
import type { MeasurePartnerRow, MeasureRow, PlanRow, PriorityRow, SideRow } from './plans.repository.js';
import type { SnapshotChange } from './plans.schemas.js';

const orgName = (refs: PlanReferences, id: string | null) => {
  const organization = id ? refs.organizations.get(id) : undefined;
  return organization ? { id: organization.id, name: organization.name, names: organization.names } : null;
};

/**
 * The content of a plan as it stands, with names of what it links to, so a version reads the same
 * later even when the linked records change.
 */
export function planSnapshot(
  plan: PlanRow,
  content: { sides: SideRow[]; priorities: PriorityRow[]; measures: MeasureRow[]; partners: MeasurePartnerRow[] },
  refs: PlanReferences,
): Record<string, unknown> {
  const area = plan.areaPlaceId ? refs.places.get(plan.areaPlaceId) : undefined;
  return {
    title: plan.title,
    summary: plan.summary,
    scope: plan.scope,
    partnership: partnershipRefOf(plan, refs),
    area: area ? { id: area.id, name: area.name, names: area.names } : null,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    sides: content.sides.map((side) => ({
      id: side.id,
      label: side.label,
      place: side.placeId && refs.places.get(side.placeId) ? { id: side.placeId, name: refs.places.get(side.placeId)!.name, names: refs.places.get(side.placeId)!.names } : null,
      organization: orgName(refs, side.organizationId),
      workspace: refs.workspaces.get(side.workspaceId)?.name ?? null,
    })),
    priorities: content.priorities.map((priority) => ({
      id: priority.id,
      title: priority.title,
      description: priority.description,
      theme: priority.themeId && refs.themes.get(priority.themeId) ? { id: priority.themeId, name: refs.themes.get(priority.themeId)!.name } : null,
    })),
    measures: content.measures.map((measure) => ({
      id: measure.id,
      priorityId: measure.priorityId,
      title: measure.title,
      description: measure.description,
      responsible: orgName(refs, measure.responsibleOrganizationId),
      partners: content.partners.filter((partner) => partner.measureId === measure.id).map((partner) => orgName(refs, partner.organizationId) ?? { id: partner.organizationId, name: '', names: {} }),
      startDate: measure.startDate,
      endDate: measure.endDate,
      budget: measure.budget,
      currency: measure.currency,
      funding: measure.funding,
      indicators: measure.indicators,
      project: measure.projectId && refs.projects.get(measure.projectId) ? { id: measure.projectId, title: refs.projects.get(measure.projectId)!.title } : null,
      source: measure.sourceType && measure.sourceId ? { type: measure.sourceType, id: measure.sourceId, title: measure.sourceTitle ?? {} } : null,
    })),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIdList = (value: unknown): value is { id: string }[] => Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function titleOf(item: unknown): LocalizedText | null {
  if (!isObject(item)) return null;
  const title = item.title ?? item.label ?? item.name ?? item.names;
  return isObject(title) ? (title as LocalizedText) : null;
}

/**
 * Field by field, what differs between two states of a plan. Lists of items with ids (sides,
 * priorities, measures, indicators, partners) are matched by id, so a moved or renamed item shows
 * as changed fields, an item only in one state as added or removed.
 */
export function diffSnapshots(before: unknown, after: unknown): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  const walk = (path: string[], a: unknown, b: unknown, itemTitle: LocalizedText | null) => {
    if (same(a, b)) return;
    if (a === undefined || a === null) {
      if (b !== undefined && b !== null && !(isObject(b) && Object.keys(b).length === 0)) changes.push({ path, kind: 'added', before: null, after: b, itemTitle });
      else if (a === null && b === undefined) return;
      else changes.push({ path, kind: 'changed', before: a ?? null, after: b ?? null, itemTitle });
      return;
    }
    if (b === undefined || b === null) {
      changes.push({ path, kind: 'removed', before: a, after: null, itemTitle });
      return;
    }
    if (isIdList(a) && isIdList(b)) {
      const beforeById = new Map(a.map((item) => [item.id, item]));
      const afterById = new Map(b.map((item) => [item.id, item]));
      for (const item of b) {
        const old = beforeById.get(item.id);
        const title = path.length === 1 ? titleOf(item) : itemTitle;
        if (!old) changes.push({ path: [...path, item.id], kind: 'added', before: null, after: item, itemTitle: title });
        else walk([...path, item.id], old, item, title);
      }
      for (const item of a) {
        if (!afterById.has(item.id)) changes.push({ path: [...path, item.id], kind: 'removed', before: item, after: null, itemTitle: path.length === 1 ? titleOf(item) : itemTitle });
      }
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk([...path, key], a[key], b[key], itemTitle);
      return;
    }
    changes.push({ path, kind: 'changed', before: a, after: b, itemTitle });
  };
  walk([], before, after, null);
  return changes;
}

