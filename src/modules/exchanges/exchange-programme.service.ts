import { requireEdit } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { notFound, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationFactsByIds, organizationRefsByIds } from '../actors/organizations.service.js';
import { personRefsByIds } from '../actors/people.service.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { projectGroupIdsOf } from '../partnerships/partnerships.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { auditedDelegation, auditedOutcome, auditedSession, delegationLabel, presentDelegationRow, presentOutcome, presentSession } from './exchanges.presenter.js';
import { countRegistrationsByDelegation } from './registrations.repository.js';
import {
  deleteDelegationRow,
  deleteOutcomeRow,
  deleteSessionRow,
  findDelegationRow,
  findExchangeRow,
  findOutcomeRow,
  findSessionRow,
  insertDelegationRow,
  insertOutcomeRow,
  insertSessionRow,
  updateDelegationRow,
  updateOutcomeRow,
  updateSessionRow,
  type DelegationRow,
  type ExchangeRow,
  type OutcomeRow,
  type SessionRow,
} from './exchanges.repository.js';
import type {
  AgendaSession,
  Delegation,
  DelegationCreate,
  DelegationUpdate,
  Outcome,
  OutcomeCreate,
  OutcomeUpdate,
  SessionCreate,
  SessionUpdate,
} from './exchanges.schemas.js';

async function editable(tx: DbExecutor, ctx: ServiceContext, exchangeId: string): Promise<ExchangeRow> {
  return requireEdit(ctx.viewer, await findExchangeRow(tx, exchangeId), 'Exchange', exchangeId);
}

function belongsTo<T extends { exchangeId: string }>(row: T | undefined, exchangeId: string, what: string, id: string): T {
  if (!row || row.exchangeId !== exchangeId) throw notFound(what, id);
  return row;
}

async function audit(tx: DbExecutor, ctx: ServiceContext, exchange: ExchangeRow, action: 'create' | 'update' | 'delete', entityType: string, id: string, before: object | null, after: object | null, label: string | null = null) {
  await recordAuditEvent(tx, ctx, { workspaceId: exchange.workspaceId, action, entityType, entityId: id, label, before, after });
}

/** The removal of one kind of part of an editable exchange (a session, an outcome, a delegation), with a history entry of what it was. */
function partRemoval<Row extends { exchangeId: string }>(part: {
  what: string;
  entityType: string;
  find: (tx: DbExecutor, id: string) => Promise<Row | undefined>;
  remove: (tx: DbExecutor, id: string) => Promise<unknown>;
  audited: (row: Row) => object;
  label?: (row: Row) => string | null;
}) {
  return async (ctx: ServiceContext, exchangeId: string, partId: string): Promise<void> => {
    await ctx.transaction(async (tx, ctx) => {
      const exchange = await editable(tx, ctx, exchangeId);
      const before = belongsTo(await part.find(tx, partId), exchangeId, part.what, partId);
      await part.remove(tx, partId);
      await audit(tx, ctx, exchange, 'delete', part.entityType, partId, part.audited(before), null, part.label?.(before) ?? null);
    });
  };
}

type SessionShape = Pick<SessionCreate, 'day' | 'startsAt' | 'endsAt'>;

async function sessionIssues(ctx: ServiceContext, exchange: ExchangeRow, input: Partial<SessionCreate>, shape: SessionShape): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (shape.day < exchange.startDate || shape.day > exchange.endDate) {
    issues.push({ field: 'body.day', code: 'date_outside_exchange', params: { from: exchange.startDate, to: exchange.endDate }, message: `must lie within the exchange, ${exchange.startDate} to ${exchange.endDate}` });
  }
  if (shape.endsAt && !shape.startsAt) issues.push({ field: 'body.startsAt', code: 'required', message: 'is needed when an end time is given' });
  else if (shape.endsAt && shape.startsAt && shape.endsAt <= shape.startsAt) issues.push({ field: 'body.endsAt', code: 'end_before_start', message: 'must be after the start time' });
  if (input.themeId && !(await themeRefsByIds(ctx, [input.themeId])).has(input.themeId)) issues.push({ field: 'body.themeId', code: 'unknown_reference', message: 'refers to no theme you can see' });
  if (input.facilitatorPersonId && !(await personRefsByIds(ctx, [input.facilitatorPersonId])).has(input.facilitatorPersonId)) {
    issues.push({ field: 'body.facilitatorPersonId', code: 'unknown_reference', message: 'refers to no person you can see' });
  }
  if (input.projectGroupId) {
    const groups = exchange.partnershipId ? await projectGroupIdsOf(ctx, exchange.partnershipId) : new Set<string>();
    if (!groups.has(input.projectGroupId)) issues.push({ field: 'body.projectGroupId', code: 'unknown_reference', message: 'refers to no project group of the exchange’s partnership' });
  }
  return issues;
}

async function presentOneSession(ctx: ServiceContext, exchange: ExchangeRow, row: SessionRow): Promise<AgendaSession> {
  return presentSession(row, exchange.timeZone, {
    themes: await themeRefsByIds(ctx, row.themeId ? [row.themeId] : []),
    people: await personRefsByIds(ctx, [row.facilitatorPersonId]),
  });
}

/** Adds a session to the agenda; its day lies within the exchange, its times in the exchange's time zone. */
export async function createSession(ctx: ServiceContext, exchangeId: string, input: SessionCreate): Promise<AgendaSession> {
  return ctx.transaction(async (tx, ctx) => {
    const exchange = await editable(tx, ctx, exchangeId);
    const issues = await sessionIssues(ctx, exchange, input, input);
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertSessionRow(tx, { ...input, exchangeId });
    await audit(tx, ctx, exchange, 'create', 'agenda_session', row.id, null, auditedSession(row));
    return presentOneSession(ctx, exchange, row);
  });
}

export async function updateSession(ctx: ServiceContext, exchangeId: string, sessionId: string, input: SessionUpdate): Promise<AgendaSession> {
  return ctx.transaction(async (tx, ctx) => {
    const exchange = await editable(tx, ctx, exchangeId);
    const before = belongsTo(await findSessionRow(tx, sessionId), exchangeId, 'Session', sessionId);
    const clock = (time: string | null) => (time ? time.slice(0, 5) : null);
    const shape: SessionShape = {
      day: input.day ?? before.day,
      startsAt: input.startsAt !== undefined ? input.startsAt : clock(before.startsAt),
      endsAt: input.endsAt !== undefined ? input.endsAt : clock(before.endsAt),
    };
    const issues = await sessionIssues(ctx, exchange, input, shape);
    if (issues.length > 0) throw validationFailed(issues);
    const row = await updateSessionRow(tx, sessionId, input);
    await audit(tx, ctx, exchange, 'update', 'agenda_session', row.id, auditedSession(before), auditedSession(row));
    return presentOneSession(ctx, exchange, row);
  });
}

export const deleteSession = partRemoval({ what: 'Session', entityType: 'agenda_session', find: findSessionRow, remove: deleteSessionRow, audited: auditedSession });

async function outcomeIssues(ctx: ServiceContext, input: Partial<OutcomeCreate>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (input.ownerPersonId && !(await personRefsByIds(ctx, [input.ownerPersonId])).has(input.ownerPersonId)) {
    issues.push({ field: 'body.ownerPersonId', code: 'unknown_reference', message: 'refers to no person you can see' });
  }
  if (input.themeId && !(await themeRefsByIds(ctx, [input.themeId])).has(input.themeId)) issues.push({ field: 'body.themeId', code: 'unknown_reference', message: 'refers to no theme you can see' });
  return issues;
}

async function presentOneOutcome(ctx: ServiceContext, row: OutcomeRow): Promise<Outcome> {
  return presentOutcome(row, { themes: await themeRefsByIds(ctx, row.themeId ? [row.themeId] : []), people: await personRefsByIds(ctx, [row.ownerPersonId]) });
}

/** Records a decision, an idea, or a task (with its owner and due date) the exchange produced. */
export async function createOutcome(ctx: ServiceContext, exchangeId: string, input: OutcomeCreate): Promise<Outcome> {
  return ctx.transaction(async (tx, ctx) => {
    const exchange = await editable(tx, ctx, exchangeId);
    const issues = await outcomeIssues(ctx, input);
    if (input.kind === 'task' && !input.ownerPersonId) issues.push({ field: 'body.ownerPersonId', code: 'required', message: 'is needed for a task: who takes care of it' });
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertOutcomeRow(tx, { ...input, exchangeId, createdBy: userIdOf(ctx.viewer) });
    await audit(tx, ctx, exchange, 'create', 'exchange_outcome', row.id, null, auditedOutcome(row));
    return presentOneOutcome(ctx, row);
  });
}

export async function updateOutcome(ctx: ServiceContext, exchangeId: string, outcomeId: string, input: OutcomeUpdate): Promise<Outcome> {
  return ctx.transaction(async (tx, ctx) => {
    const exchange = await editable(tx, ctx, exchangeId);
    const before = belongsTo(await findOutcomeRow(tx, outcomeId), exchangeId, 'Outcome', outcomeId);
    const issues = await outcomeIssues(ctx, input);
    const kind = input.kind ?? before.kind;
    const owner = input.ownerPersonId !== undefined ? input.ownerPersonId : before.ownerPersonId;
    if (kind === 'task' && !owner) issues.push({ field: 'body.ownerPersonId', code: 'required', message: 'is needed for a task: who takes care of it' });
    if (issues.length > 0) throw validationFailed(issues);
    const row = await updateOutcomeRow(tx, outcomeId, input);
    await audit(tx, ctx, exchange, 'update', 'exchange_outcome', row.id, auditedOutcome(before), auditedOutcome(row));
    return presentOneOutcome(ctx, row);
  });
}

export const deleteOutcome = partRemoval({ what: 'Outcome', entityType: 'exchange_outcome', find: findOutcomeRow, remove: deleteOutcomeRow, audited: auditedOutcome });

async function delegationIssues(ctx: ServiceContext, shape: { fromPlaceId: string | null; fromOrganizationId: string | null }, input: Partial<DelegationCreate>): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if ((shape.fromPlaceId === null) === (shape.fromOrganizationId === null)) {
    issues.push({ field: 'body.fromPlaceId', code: 'either_required', message: 'give either the place or the organization the delegation comes from' });
  }
  if (input.fromPlaceId && !(await placeRefsByIds(ctx, [input.fromPlaceId])).has(input.fromPlaceId)) issues.push({ field: 'body.fromPlaceId', code: 'unknown_reference', message: 'refers to no place you can see' });
  if (input.fromOrganizationId && !(await organizationRefsByIds(ctx, [input.fromOrganizationId])).has(input.fromOrganizationId)) {
    issues.push({ field: 'body.fromOrganizationId', code: 'unknown_reference', message: 'refers to no organization you can see' });
  }
  return issues;
}

/** Adds a delegation (a group from a place or an organization); its members register together. */
export async function createDelegation(ctx: ServiceContext, exchangeId: string, input: DelegationCreate) {
  return ctx.transaction(async (tx, ctx) => {
    const exchange = await editable(tx, ctx, exchangeId);
    const issues = await delegationIssues(ctx, input, input);
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertDelegationRow(tx, { ...input, sectors: [...new Set(input.sectors)], exchangeId });
    await audit(tx, ctx, exchange, 'create', 'exchange_delegation', row.id, null, auditedDelegation(row), delegationLabel(row));
    return presentDelegation(ctx, row);
  });
}

export async function updateDelegation(ctx: ServiceContext, exchangeId: string, delegationId: string, input: DelegationUpdate) {
  return ctx.transaction(async (tx, ctx) => {
    const exchange = await editable(tx, ctx, exchangeId);
    const before = belongsTo(await findDelegationRow(tx, delegationId), exchangeId, 'Delegation', delegationId);
    const shape = {
      fromPlaceId: input.fromPlaceId !== undefined ? input.fromPlaceId : before.fromPlaceId,
      fromOrganizationId: input.fromOrganizationId !== undefined ? input.fromOrganizationId : before.fromOrganizationId,
    };
    const issues = await delegationIssues(ctx, shape, input);
    if (issues.length > 0) throw validationFailed(issues);
    const row = await updateDelegationRow(tx, delegationId, { ...input, ...(input.sectors ? { sectors: [...new Set(input.sectors)] } : {}) });
    await audit(tx, ctx, exchange, 'update', 'exchange_delegation', row.id, auditedDelegation(before), auditedDelegation(row), delegationLabel(row));
    return presentDelegation(ctx, row);
  });
}

/** Removes a delegation; its members stay registered, without a delegation (the foreign key sets it to null). */
export const deleteDelegation = partRemoval({
  what: 'Delegation',
  entityType: 'exchange_delegation',
  find: findDelegationRow,
  remove: deleteDelegationRow,
  audited: auditedDelegation,
  label: delegationLabel,
});

async function presentDelegation(ctx: ServiceContext, row: DelegationRow): Promise<Delegation> {
  const places = await placeRefsByIds(ctx, [row.fromPlaceId]);
  const organizations = await organizationFactsByIds(ctx, [row.fromOrganizationId]);
  const registrations = await ctx.transaction((tx) => countRegistrationsByDelegation(tx, [row.id]));
  return presentDelegationRow(row, { places, organizations, registrations });
}
