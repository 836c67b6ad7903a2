import { canEdit } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { forbidden, invalidField, notFound, unauthorized } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { recordAuditEvent, referencesOf } from '../audit/audit.service.js';
import { outcomeTextsOf, readableExchange } from '../exchanges/exchanges.service.js';
import { mayEditPlan, readablePlan } from '../plans/plans.service.js';
import { findVisibleProject } from '../projects/projects.service.js';
import {
  deleteExchangeLink,
  deletePlanProject,
  exchangeProjectsOf,
  findExchangeProject,
  followUpReaches,
  insertExchangeProject,
  insertPlanProject,
  insertRelation,
  planProjectsOf,
  relationBetween,
  relationsOf,
} from './record-links.repository.js';
import type { ExchangeLinkCreate, LinkKind, LinkedRecordType, RecordLink, RecordLinksQuery } from './record-links.schemas.js';
import type { ExchangeRelationKind } from './record-links.tables.js';

type Title = Record<string, string>;
const labelOf = (title: Title) => title.de ?? title.en ?? Object.values(title)[0] ?? null;

/** How a link reads in a record's history, from each side: the trip "accompanies" the congress, which is "accompanied by" it. */
const HISTORY_FIELDS: Record<LinkKind, { outgoing: string; incoming: string }> = {
  project: { outgoing: 'linkedProject', incoming: 'linkedExchange' },
  accompanies: { outgoing: 'accompanies', incoming: 'accompaniedBy' },
  follow_up_of: { outgoing: 'followUpOf', incoming: 'followedUpBy' },
  side_event_of: { outgoing: 'sideEventOf', incoming: 'hasSideEvent' },
};

interface Side {
  recordType: LinkedRecordType;
  id: string;
  workspaceId: string;
  title: Title;
}

/** The other end of a removed link the viewer can no longer see: only the owner's history records the change. */
type HiddenSide = { recordType: LinkedRecordType; id: string; workspaceId: null; title: null };

/** One change of a link, in the histories of both records it joins. */
async function auditLink(tx: DbExecutor, ctx: ServiceContext, change: 'linked' | 'unlinked', from: Side, to: Side | HiddenSide, fields: { outgoing: string; incoming: string }) {
  const sides: [Side, string, Side | HiddenSide][] = [[from, fields.outgoing, to]];
  if (to.workspaceId !== null) sides.push([to, fields.incoming, from]);
  for (const [side, field, other] of sides) {
    const value = { [field]: other.id };
    await recordAuditEvent(tx, ctx, {
      workspaceId: side.workspaceId,
      action: 'update',
      entityType: side.recordType,
      entityId: side.id,
      label: labelOf(side.title),
      before: change === 'unlinked' ? value : null,
      after: change === 'linked' ? value : null,
    });
  }
}

interface LinkRow {
  id: string;
  kind: LinkKind;
  owner: { recordType: 'exchange' | 'action_plan'; id: string };
  from: string;
  to: string;
  outcomeId: string | null;
}

/** The links as the viewer of `self` sees them: records at the other end they may not read are left out. */
async function present(tx: DbExecutor, ctx: ServiceContext, self: string, rows: LinkRow[], editable: (owner: LinkRow['owner']) => boolean): Promise<RecordLink[]> {
  const others = rows.map((row) => (row.from === self ? row.to : row.from));
  const references = await referencesOf(ctx, others);
  const outcomes = rows.some((row) => row.outcomeId) ? await outcomeTextsOf(tx, rows.filter((row) => row.outcomeId).map((row) => row.owner.id)) : new Map();
  return rows.flatMap((row) => {
    const otherId = row.from === self ? row.to : row.from;
    const reference = references.get(otherId);
    if (!reference || !['exchange', 'project', 'action_plan'].includes(reference.recordType)) return [];
    const outcome = row.outcomeId ? outcomes.get(row.outcomeId) : undefined;
    return [
      {
        id: row.id,
        kind: row.kind,
        direction: row.from === self ? 'outgoing' : 'incoming',
        owner: row.owner,
        record: { id: otherId, recordType: reference.recordType as LinkedRecordType, title: reference.title, path: reference.path },
        outcome: outcome ? { id: row.outcomeId!, text: outcome.text } : null,
        canRemove: editable(row.owner),
      },
    ];
  });
}

/** Every link of a record the viewer may read: to projects, plans and other exchanges, both ways. */
export async function listRecordLinks(ctx: ServiceContext, query: RecordLinksQuery): Promise<{ items: RecordLink[] }> {
  return ctx.transaction(async (tx, ctx) => {
    const rows: LinkRow[] = [];
    let editable: (owner: LinkRow['owner']) => boolean = () => false;
    if (query.recordType === 'exchange') {
      const exchange = await readableExchange(tx, ctx, query.recordId);
      const mayEdit = canEdit(ctx.viewer, exchange);
      editable = (owner) => mayEdit && owner.id === exchange.id;
      for (const row of await relationsOf(tx, exchange.id)) {
        rows.push({ id: row.id, kind: row.kind, owner: { recordType: 'exchange', id: row.exchangeId }, from: row.exchangeId, to: row.relatedExchangeId, outcomeId: null });
      }
      for (const row of await exchangeProjectsOf(tx, { exchangeId: exchange.id })) {
        rows.push({ id: row.id, kind: 'project', owner: { recordType: 'exchange', id: row.exchangeId }, from: row.exchangeId, to: row.projectId, outcomeId: row.outcomeId });
      }
    } else if (query.recordType === 'action_plan') {
      const { plan } = await readablePlan(tx, ctx, query.recordId);
      const mayEdit = mayEditPlan(ctx, plan);
      editable = () => mayEdit;
      for (const row of await planProjectsOf(tx, { actionPlanId: plan.id })) {
        rows.push({ id: row.id, kind: 'project', owner: { recordType: 'action_plan', id: row.actionPlanId }, from: row.actionPlanId, to: row.projectId, outcomeId: null });
      }
    } else {
      const project = await findVisibleProject(ctx, query.recordId);
      if (!project) throw notFound('Project', query.recordId);
      for (const row of await exchangeProjectsOf(tx, { projectId: project.id })) {
        rows.push({ id: row.id, kind: 'project', owner: { recordType: 'exchange', id: row.exchangeId }, from: row.exchangeId, to: row.projectId, outcomeId: row.outcomeId });
      }
      for (const row of await planProjectsOf(tx, { projectId: project.id })) {
        rows.push({ id: row.id, kind: 'project', owner: { recordType: 'action_plan', id: row.actionPlanId }, from: row.actionPlanId, to: row.projectId, outcomeId: null });
      }
    }
    return { items: await present(tx, ctx, query.recordId, rows, editable) };
  });
}

function requireEditable(ctx: ServiceContext, mayEdit: boolean): void {
  if (!mayEdit) throw ctx.viewer.kind === 'anonymous' ? unauthorized() : forbidden();
}

async function visibleProjectSide(ctx: ServiceContext, projectId: string, field: string): Promise<Side> {
  const project = await findVisibleProject(ctx, projectId);
  if (!project) throw invalidField(field, 'unknown_reference', 'refers to no project you can see');
  return { recordType: 'project', id: project.id, workspaceId: project.workspaceId, title: project.title };
}

const hidden = (recordType: LinkedRecordType, id: string): HiddenSide => ({ recordType, id, workspaceId: null, title: null });

async function projectSideOrHidden(ctx: ServiceContext, projectId: string): Promise<Side | HiddenSide> {
  const project = await findVisibleProject(ctx, projectId);
  return project ? { recordType: 'project', id: project.id, workspaceId: project.workspaceId, title: project.title } : hidden('project', projectId);
}

/** Links an exchange to a project (or one of its outcomes to it), or to another exchange it accompanies, follows up or is a side event of. */
export async function linkExchange(ctx: ServiceContext, exchangeId: string, input: ExchangeLinkCreate): Promise<RecordLink> {
  return ctx.transaction(async (tx, ctx) => {
    const exchange = await readableExchange(tx, ctx, exchangeId);
    requireEditable(ctx, canEdit(ctx.viewer, exchange));
    const from: Side = { recordType: 'exchange', id: exchange.id, workspaceId: exchange.workspaceId, title: exchange.title };
    let linkId: string;
    let to: Side;
    if (input.kind === 'project') {
      to = await visibleProjectSide(ctx, input.targetId, 'body.targetId');
      if (input.outcomeId && !(await outcomeTextsOf(tx, [exchange.id])).has(input.outcomeId)) {
        throw invalidField('body.outcomeId', 'unknown_reference', 'is no outcome of this exchange');
      }
      if (await findExchangeProject(tx, exchange.id, to.id, input.outcomeId)) throw invalidField('body.targetId', 'not_unique', 'is linked already');
      linkId = (await insertExchangeProject(tx, { exchangeId: exchange.id, projectId: to.id, outcomeId: input.outcomeId, createdBy: userIdOf(ctx.viewer) })).id;
    } else {
      if (input.outcomeId) throw invalidField('body.outcomeId', 'invalid_value', 'only links to a project are made for one outcome');
      if (input.targetId === exchange.id) throw invalidField('body.targetId', 'merge_into_self', 'is this exchange itself');
      let target;
      try {
        target = await readableExchange(tx, ctx, input.targetId);
      } catch {
        throw invalidField('body.targetId', 'unknown_reference', 'refers to no exchange you can see');
      }
      if (await relationBetween(tx, exchange.id, target.id)) throw invalidField('body.targetId', 'not_unique', 'is linked with this exchange already');
      if (input.kind === 'follow_up_of' && (await followUpReaches(tx, target.id, exchange.id))) {
        throw invalidField('body.targetId', 'merge_into_self', 'is itself a follow-up of this exchange');
      }
      to = { recordType: 'exchange', id: target.id, workspaceId: target.workspaceId, title: target.title };
      linkId = (await insertRelation(tx, { exchangeId: exchange.id, relatedExchangeId: target.id, kind: input.kind as ExchangeRelationKind, createdBy: userIdOf(ctx.viewer) })).id;
    }
    await auditLink(tx, ctx, 'linked', from, to, HISTORY_FIELDS[input.kind]);
    const [link] = (await listRecordLinks(ctx, { recordType: 'exchange', recordId: exchange.id })).items.filter((item) => item.id === linkId);
    return link!;
  });
}

export async function unlinkExchange(ctx: ServiceContext, exchangeId: string, linkId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const exchange = await readableExchange(tx, ctx, exchangeId);
    requireEditable(ctx, canEdit(ctx.viewer, exchange));
    const removed = await deleteExchangeLink(tx, exchange.id, linkId);
    const from: Side = { recordType: 'exchange', id: exchange.id, workspaceId: exchange.workspaceId, title: exchange.title };
    if (removed.relation) {
      const otherId = removed.relation.relatedExchangeId;
      const other = await readableExchange(tx, ctx, otherId).catch(() => undefined);
      const to = other ? { recordType: 'exchange' as const, id: other.id, workspaceId: other.workspaceId, title: other.title } : hidden('exchange', otherId);
      await auditLink(tx, ctx, 'unlinked', from, to, HISTORY_FIELDS[removed.relation.kind]);
    } else if (removed.project) {
      await auditLink(tx, ctx, 'unlinked', from, await projectSideOrHidden(ctx, removed.project.projectId), HISTORY_FIELDS.project);
    } else {
      throw notFound('Link', linkId);
    }
  });
}

const PLAN_FIELDS = { outgoing: 'linkedProject', incoming: 'linkedPlan' };

/** Links an action plan itself to a project. */
export async function linkPlanProject(ctx: ServiceContext, planId: string, projectId: string): Promise<RecordLink> {
  return ctx.transaction(async (tx, ctx) => {
    const { plan } = await readablePlan(tx, ctx, planId);
    requireEditable(ctx, mayEditPlan(ctx, plan));
    const to = await visibleProjectSide(ctx, projectId, 'body.projectId');
    const row = await insertPlanProject(tx, { actionPlanId: plan.id, projectId: to.id, createdBy: userIdOf(ctx.viewer) });
    if (!row) throw invalidField('body.projectId', 'not_unique', 'is linked already');
    await auditLink(tx, ctx, 'linked', { recordType: 'action_plan', id: plan.id, workspaceId: plan.workspaceId, title: plan.title }, to, PLAN_FIELDS);
    const [link] = (await listRecordLinks(ctx, { recordType: 'action_plan', recordId: plan.id })).items.filter((item) => item.id === row.id);
    return link!;
  });
}

export async function unlinkPlanProject(ctx: ServiceContext, planId: string, linkId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const { plan } = await readablePlan(tx, ctx, planId);
    requireEditable(ctx, mayEditPlan(ctx, plan));
    const removed = await deletePlanProject(tx, plan.id, linkId);
    if (!removed) throw notFound('Link', linkId);
    await auditLink(tx, ctx, 'unlinked', { recordType: 'action_plan', id: plan.id, workspaceId: plan.workspaceId, title: plan.title }, await projectSideOrHidden(ctx, removed.projectId), PLAN_FIELDS);
  });
}
