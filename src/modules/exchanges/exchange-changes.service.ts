import { requireCreateIn, requireEdit } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { auditTrail } from '../audit/audit.service.js';
import { networkMembersByIds, networkRefsByIds } from '../networks/networks.service.js';
import { partnershipRefsByIds } from '../partnerships/partnerships.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { isTimeZone } from './calendar/zoned-time.js';
import {
  countSessionsOutside,
  deleteExchangeRow,
  findExchangeOrganizationRows,
  findExchangeRow,
  findExchangeThemeIds,
  findStopRows,
  insertExchangeRow,
  lockExchangeRow,
  replaceExchangeOrganizations,
  replaceExchangeThemes,
  replaceStops,
  updateExchangeRow,
  type ExchangeInsert,
  type ExchangeRow,
} from './exchanges.repository.js';
import type { ExchangeCreate, ExchangeDetail, ExchangeUpdate } from './exchanges.schemas.js';
import { MAX_EXCHANGE_DAYS } from './exchanges.tables.js';
import { getExchange } from './exchanges.service.js';
import { countRegistrationsByState } from './registrations.repository.js';
import { rebalancePlaces, registrationAudit } from './registration-changes.service.js';
import { labelText } from '../../core/http/record-fields.js';

const exchangeAudit = auditTrail<ExchangeRow>('exchange', (row) => labelOf(row));

type Fields = Omit<ExchangeCreate, 'workspaceId'>;

const daysBetween = (start: string, end: string) => (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000;

/** The exchange as it would be after the change, for checks that span several fields. */
type Shape = Pick<Fields, 'startDate' | 'endDate' | 'networkId' | 'hostNetworkMemberId'>;

async function linkIssues(ctx: ServiceContext, input: Partial<Fields>, shape: Shape): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (shape.endDate < shape.startDate) issues.push({ field: 'body.endDate', code: 'end_before_start', message: 'must not be before the start date' });
  else if (daysBetween(shape.startDate, shape.endDate) > MAX_EXCHANGE_DAYS) {
    issues.push({ field: 'body.endDate', code: 'exchange_too_long', params: { max: MAX_EXCHANGE_DAYS }, message: `must be at most ${MAX_EXCHANGE_DAYS} days after the start; plan a longer programme as a series of exchanges` });
  }
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
    issues.push({ field: 'body.timeZone', code: 'invalid_time_zone', message: 'is not an IANA time zone such as Europe/Berlin or Europe/Kyiv' });
  }
  const places = await placeRefsByIds(ctx, [input.venuePlaceId, ...(input.stops ?? []).map((stop) => stop.placeId)]);
  if (input.venuePlaceId && !places.has(input.venuePlaceId)) issues.push({ field: 'body.venuePlaceId', code: 'unknown_reference', message: 'refers to no place you can see' });
  if (input.partnershipId && !(await partnershipRefsByIds(ctx, [input.partnershipId])).has(input.partnershipId)) {
    issues.push({ field: 'body.partnershipId', code: 'unknown_reference', message: 'refers to no partnership you can see' });
  }
  if (input.networkId && !(await networkRefsByIds(ctx, [input.networkId])).has(input.networkId)) {
    issues.push({ field: 'body.networkId', code: 'unknown_reference', message: 'refers to no network you can see' });
  }
  if (shape.hostNetworkMemberId && (input.hostNetworkMemberId !== undefined || input.networkId !== undefined)) {
    const host = (await networkMembersByIds(ctx, [shape.hostNetworkMemberId])).get(shape.hostNetworkMemberId);
    if (!shape.networkId) issues.push({ field: 'body.hostNetworkMemberId', code: 'required', message: 'needs the network the meeting belongs to (networkId)' });
    else if (host?.networkId !== shape.networkId) issues.push({ field: 'body.hostNetworkMemberId', code: 'unknown_reference', message: 'is not a member of the meeting’s network' });
  }
  if (input.themeIds) {
    const themes = await themeRefsByIds(ctx, input.themeIds);
    input.themeIds.forEach((id, index) => {
      if (!themes.has(id)) issues.push({ field: `body.themeIds.${index}`, code: 'unknown_reference', message: 'refers to no theme you can see' });
    });
  }
  if (input.organizations) {
    const organizations = await organizationRefsByIds(ctx, input.organizations.map((entry) => entry.organizationId));
    const seen = new Set<string>();
    input.organizations.forEach((entry, index) => {
      const key = `${entry.organizationId}:${entry.role}`;
      if (!organizations.has(entry.organizationId)) issues.push({ field: `body.organizations.${index}.organizationId`, code: 'unknown_reference', message: 'refers to no organization you can see' });
      else if (seen.has(key)) issues.push({ field: `body.organizations.${index}`, code: 'listed_twice', message: 'is listed twice in the same role' });
      seen.add(key);
    });
  }
  (input.stops ?? []).forEach((stop, index) => {
    const field = `body.stops.${index}`;
    if (!places.has(stop.placeId)) issues.push({ field: `${field}.placeId`, code: 'unknown_reference', message: 'refers to no place you can see' });
    if (stop.startDate < shape.startDate || stop.startDate > shape.endDate) issues.push({ field: `${field}.startDate`, code: 'date_outside_range', params: { from: shape.startDate, to: shape.endDate }, message: 'must lie within the dates of the exchange' });
    if (stop.endDate < stop.startDate) issues.push({ field: `${field}.endDate`, code: 'end_before_start', message: 'must not be before the stop’s start date' });
    else if (stop.endDate > shape.endDate) issues.push({ field: `${field}.endDate`, code: 'date_outside_range', params: { from: shape.startDate, to: shape.endDate }, message: 'must lie within the dates of the exchange' });
  });
  return issues;
}

/** Capacity may not fall below the places confirmed (or attended) already. */
async function capacityIssues(tx: DbExecutor, exchangeId: string, capacity: number | null | undefined): Promise<FieldIssue[]> {
  if (capacity === undefined || capacity === null) return [];
  const counts = (await countRegistrationsByState(tx, [exchangeId])).get(exchangeId) ?? {};
  const confirmed = (counts.confirmed ?? 0) + (counts.attended ?? 0);
  return capacity < confirmed ? [{ field: 'body.capacity', code: 'capacity_below_confirmed', params: { min: confirmed }, message: `must be at least ${confirmed}, the number of participants confirmed already` }] : [];
}

/** The agenda must keep fitting the exchange's dates. */
async function agendaIssues(tx: DbExecutor, exchangeId: string, before: ExchangeRow, shape: Shape): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (shape.startDate > before.startDate && (await countSessionsOutside(tx, exchangeId, shape.startDate, '9999-12-31')) > 0) {
    issues.push({ field: 'body.startDate', code: 'would_leave_outside', message: 'would leave sessions of the agenda before the exchange; move or remove them first' });
  }
  if (shape.endDate < before.endDate && (await countSessionsOutside(tx, exchangeId, '0001-01-01', shape.endDate)) > 0) {
    issues.push({ field: 'body.endDate', code: 'would_leave_outside', message: 'would leave sessions of the agenda after the exchange; move or remove them first' });
  }
  return issues;
}

async function snapshot(tx: DbExecutor, row: ExchangeRow) {
  return {
    kind: row.kind,
    title: row.title,
    description: row.description,
    startDate: row.startDate,
    endDate: row.endDate,
    timeZone: row.timeZone,
    status: row.status,
    visibility: row.visibility,
    venuePlaceId: row.venuePlaceId,
    venueName: row.venueName,
    partnershipId: row.partnershipId,
    networkId: row.networkId,
    hostNetworkMemberId: row.hostNetworkMemberId,
    capacity: row.capacity,
    reportedParticipants: row.reportedParticipants,
    themeIds: (await findExchangeThemeIds(tx, [row.id])).get(row.id) ?? [],
    organizations: (await findExchangeOrganizationRows(tx, row.id)).map((entry) => ({ organizationId: entry.organizationId, role: entry.role })),
    stops: (await findStopRows(tx, row.id)).map((stop) => ({ placeId: stop.placeId, startDate: stop.startDate, endDate: stop.endDate, siteVisits: stop.siteVisits })),
  };
}

const labelOf = (row: ExchangeRow) => labelText(row.title);

const columnsOf = (input: Partial<Fields>): Partial<ExchangeInsert> => {
  const { themeIds: _themes, organizations: _organizations, stops: _stops, ...columns } = input;
  return columns;
};

async function writeLinks(tx: DbExecutor, exchangeId: string, input: Partial<Fields>): Promise<void> {
  if (input.themeIds) await replaceExchangeThemes(tx, exchangeId, input.themeIds);
  if (input.organizations) await replaceExchangeOrganizations(tx, exchangeId, input.organizations);
  if (input.stops) await replaceStops(tx, exchangeId, input.stops);
}

export async function createExchange(ctx: ServiceContext, input: ExchangeCreate): Promise<ExchangeDetail> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    const issues = await linkIssues(ctx, input, input);
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertExchangeRow(tx, { ...columnsOf(input), workspaceId: input.workspaceId, createdBy: userIdOf(ctx.viewer) } as ExchangeInsert);
    await writeLinks(tx, row.id, input);
    await exchangeAudit.created(tx, ctx, row, await snapshot(tx, row));
    return row.id;
  });
  return getExchange(ctx, id);
}

/**
 * Changes an exchange. A new capacity below the participants confirmed is refused; a lower one
 * sends the newest unconfirmed registrations to the waitlist, a higher one lets the oldest
 * waiting move up — in the same transaction, on the locked exchange.
 */
export async function updateExchange(ctx: ServiceContext, id: string, input: ExchangeUpdate): Promise<ExchangeDetail> {
  await ctx.transaction(async (tx, ctx) => {
    requireEdit(ctx.viewer, await findExchangeRow(tx, id), 'Exchange', id);
    const before = (await lockExchangeRow(tx, id))!;
    const shape: Shape = {
      startDate: input.startDate ?? before.startDate,
      endDate: input.endDate ?? before.endDate,
      networkId: input.networkId !== undefined ? input.networkId : before.networkId,
      hostNetworkMemberId: input.hostNetworkMemberId !== undefined ? input.hostNetworkMemberId : before.hostNetworkMemberId,
    };
    const issues = [
      ...(await linkIssues(ctx, input, shape)),
      ...(await capacityIssues(tx, id, input.capacity)),
      ...(await agendaIssues(tx, id, before, shape)),
    ];
    if (input.stops === undefined && (input.startDate !== undefined || input.endDate !== undefined)) {
      (await findStopRows(tx, id)).forEach((stop, index) => {
        if (stop.startDate < shape.startDate || stop.endDate > shape.endDate) {
          issues.push({ field: stop.startDate < shape.startDate ? 'body.startDate' : 'body.endDate', code: 'would_leave_outside', message: `would leave stop ${index + 1} of the trip outside the exchange` });
        }
      });
    }
    if (issues.length > 0) throw validationFailed(issues);
    const snapshotBefore = await snapshot(tx, before);
    const after = await updateExchangeRow(tx, id, columnsOf(input));
    await writeLinks(tx, id, input);
    const moved = input.capacity !== undefined && input.capacity !== before.capacity ? await rebalancePlaces(tx, after) : [];
    await exchangeAudit.updated(tx, ctx, after, snapshotBefore, await snapshot(tx, after));
    for (const change of moved) {
      await registrationAudit.updated(tx, ctx, { workspaceId: after.workspaceId, id: change.after.id }, { state: change.before.state }, { state: change.after.state });
    }
  });
  return getExchange(ctx, id);
}

/** Deletes an exchange with its programme, outcomes and registrations. */
export async function deleteExchange(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findExchangeRow(tx, id), 'Exchange', id);
    const snapshotBefore = await snapshot(tx, before);
    await deleteExchangeRow(tx, id);
    await exchangeAudit.deleted(tx, ctx, before, snapshotBefore);
  });
}
