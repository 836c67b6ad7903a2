import { canCreateIn, requireCreateIn, requireSignedIn, requireWriteAccess } from '../../core/auth/policy.js';
import { userIdOf, type Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { AppError, fieldIssue, forbidden, notFound, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import type { UiLanguage } from '../accounts/accounts.types.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { personRefsByIds } from '../actors/people.service.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { createExchange } from '../exchanges/exchange-changes.service.js';
import { createDelegation } from '../exchanges/exchange-programme.service.js';
import { readableExchange } from '../exchanges/exchanges.service.js';
import { queueMail } from '../mail/mail.service.js';
import { createPartnership } from '../partnerships/partnership-changes.service.js';
import { partnershipRefsByIds } from '../partnerships/partnerships.service.js';
import type { PartnershipKind } from '../partnerships/partnerships.types.js';
import { placeRefsByIds } from '../places/places.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { workspaceRefsByIds } from '../workspaces/workspace-refs.service.js';
import { introductionConflict } from './introductions.errors.js';
import { introductionMail, type IntroductionMailEvent } from './introductions.mail.js';
import { isBrokered, pendingSideOf, actsForASide, presentIntroduction, type IntroductionReferences } from './introductions.presenter.js';
import {
  countIntroductionsByState,
  findIntroductionRecipients,
  findIntroductionRow,
  findOpenIntroductionBetween,
  insertIntroductionRow,
  listIntroductionRows,
  updateIntroductionRow,
  type IntroductionInsert,
  type IntroductionRow,
} from './introductions.repository.js';
import type {
  Introduction,
  IntroductionAccept,
  IntroductionCreate,
  IntroductionDecline,
  IntroductionListQuery,
  IntroductionPartnership,
  Pipeline,
} from './introductions.schemas.js';
import { INTRODUCTION_STATES, type IntroductionState } from './introductions.tables.js';
import { findItemRowsByIds, findProfileRowsByIds } from './matching.repository.js';
import type { SoughtPartnershipType } from './matching.tables.js';

/** The partnership kinds of the partnerships module for the types a profile seeks. */
const PARTNERSHIP_KIND_OF: Record<SoughtPartnershipType, PartnershipKind> = {
  partnership: 'city_twinning',
  friendship: 'friendship',
  contact: 'contact',
  project_partnership: 'project_partnership',
  solidarity_partnership: 'solidarity_partnership',
};

/** Members of the asking workspace and of both sides' workspaces read an introduction, nobody else. */
export function canReadIntroduction(viewer: Viewer, row: IntroductionRow): boolean {
  if (viewer.kind === 'system') return true;
  if (viewer.kind !== 'user') return false;
  return [row.workspaceId, row.fromWorkspaceId, row.toWorkspaceId].some((workspaceId) => viewer.roles.has(workspaceId));
}

const requireReadable = (viewer: Viewer, row: IntroductionRow | undefined, id: string): IntroductionRow => {
  if (!row || !canReadIntroduction(viewer, row)) throw notFound('Introduction', id);
  return row;
};

async function references(ctx: ServiceContext, tx: DbExecutor, rows: IntroductionRow[]): Promise<IntroductionReferences> {
  const profileIds = rows.flatMap((row) => [row.fromProfileId, row.toProfileId]).filter((id): id is string => id !== null);
  const readableProfileIds = new Set((await findProfileRowsByIds(tx, ctx.viewer, [...new Set(profileIds)])).map((profile) => profile.id));
  const needIds = rows.filter((row) => row.needId && row.fromProfileId && readableProfileIds.has(row.fromProfileId)).map((row) => row.needId!);
  const needs = await findItemRowsByIds(tx, needIds);
  const readableExchangeIds = new Set<string>();
  for (const exchangeId of new Set(rows.map((row) => row.meetingExchangeId).filter((id): id is string => id !== null))) {
    try {
      await readableExchange(tx, ctx, exchangeId);
      readableExchangeIds.add(exchangeId);
    } catch (error) {
      if (!(error instanceof AppError && error.kind === 'not_found')) throw error;
    }
  }
  return {
    places: await placeRefsByIds(ctx, rows.flatMap((row) => [row.fromPlaceId, row.toPlaceId])),
    organizations: await organizationRefsByIds(ctx, rows.flatMap((row) => [row.fromOrganizationId, row.toOrganizationId])),
    people: await personRefsByIds(ctx, rows.flatMap((row) => [row.fromPersonId, row.toPersonId])),
    readableProfileIds,
    needs: new Map(needs.map((need) => [need.id, need])),
    themes: await themeRefsByIds(ctx, needs.map((need) => need.themeId)),
    workspaceNames: new Map([...(await workspaceRefsByIds(ctx, rows.map((row) => row.workspaceId))).values()].map((ref) => [ref.id, ref.name])),
    readableExchangeIds,
    readablePartnershipIds: new Set((await partnershipRefsByIds(ctx, rows.map((row) => row.partnershipId))).keys()),
  };
}

async function present(ctx: ServiceContext, tx: DbExecutor, rows: IntroductionRow[]): Promise<Introduction[]> {
  const refs = await references(ctx, tx, rows);
  return rows.map((row) => presentIntroduction(row, ctx.viewer, refs));
}

const snapshot = (row: IntroductionRow) => ({
  state: row.state,
  fromProfileId: row.fromProfileId,
  toProfileId: row.toProfileId,
  needId: row.needId,
  message: row.message,
  proposedDate: row.proposedDate,
  fromAnswer: row.fromAnswer,
  fromAnswerMessage: row.fromAnswerMessage,
  toAnswer: row.toAnswer,
  toAnswerMessage: row.toAnswerMessage,
  meetingExchangeId: row.meetingExchangeId,
  meetingDate: row.meetingDate,
  partnershipType: row.partnershipType,
  partnershipId: row.partnershipId,
});

async function audit(tx: DbExecutor, ctx: ServiceContext, workspaceId: string, before: IntroductionRow | null, after: IntroductionRow): Promise<void> {
  await recordAuditEvent(tx, ctx, {
    workspaceId,
    action: before ? 'update' : 'create',
    entityType: 'matching_introduction',
    entityId: after.id,
    label: null,
    before: before ? snapshot(before) : null,
    after: snapshot(after),
  });
}

/** A side's name in a language: the place's or organisation's name in it, else as written. */
function sideNames(row: IntroductionRow, refs: IntroductionReferences): Record<'from' | 'to', (language: UiLanguage) => string> {
  const nameOf = (placeId: string | null, organizationId: string | null, personId: string | null) => (language: UiLanguage) => {
    const place = placeId ? refs.places.get(placeId) : undefined;
    if (place) return place.names[language] ?? place.name;
    const organization = organizationId ? refs.organizations.get(organizationId) : undefined;
    if (organization) return organization.names[language] ?? organization.name;
    const person = personId ? refs.people.get(personId) : undefined;
    return person?.displayName ?? '—';
  };
  return {
    from: nameOf(row.fromPlaceId, row.fromOrganizationId, row.fromPersonId),
    to: nameOf(row.toPlaceId, row.toOrganizationId, row.toPersonId),
  };
}

/** Tells the people of the given workspaces, each in their language; returns whether any mail was queued. */
async function tell(
  ctx: ServiceContext,
  tx: DbExecutor,
  row: IntroductionRow,
  workspaceIds: string[],
  event: IntroductionMailEvent,
  words: { message: string; answering: 'from' | 'to' | null },
  publicUrl: string,
): Promise<boolean> {
  const names = sideNames(row, await references(ctx, tx, [row]));
  const seen = new Set<string>();
  for (const workspaceId of new Set(workspaceIds)) {
    for (const recipient of await findIntroductionRecipients(tx, row.id, workspaceId)) {
      if (seen.has(recipient.email.toLowerCase())) continue;
      seen.add(recipient.email.toLowerCase());
      const [writer, other] = words.answering === 'from' ? [names.to, names.from] : [names.from, names.to];
      await queueMail(
        tx,
        introductionMail(recipient.language, recipient.email, event, {
          from: writer(recipient.language),
          to: other(recipient.language),
          message: words.message,
          link: `${publicUrl}/matching/introductions/${row.id}`,
          date: event === 'requested' ? row.proposedDate : row.meetingDate,
        }),
      );
    }
  }
  return seen.size > 0;
}

export async function listIntroductions(ctx: ServiceContext, query: IntroductionListQuery): Promise<{ items: Introduction[] }> {
  if (ctx.viewer.kind !== 'system') requireSignedIn(ctx.viewer);
  return ctx.transaction(async (tx, ctx) => ({ items: await present(ctx, tx, await listIntroductionRows(tx, ctx.viewer, query)) }));
}

export async function getIntroduction(ctx: ServiceContext, id: string): Promise<Introduction> {
  if (ctx.viewer.kind !== 'system') requireSignedIn(ctx.viewer);
  return ctx.transaction(async (tx, ctx) => {
    const row = requireReadable(ctx.viewer, await findIntroductionRow(tx, id), id);
    return (await present(ctx, tx, [row]))[0]!;
  });
}

/** The introductions a workspace asked for (as a side or brokering), counted by stage, newest first. */
export async function introductionPipeline(ctx: ServiceContext, workspaceId: string): Promise<Pipeline> {
  if (ctx.viewer.kind !== 'system' && !requireSignedIn(ctx.viewer).roles.has(workspaceId)) throw notFound('Workspace', workspaceId);
  return ctx.transaction(async (tx, ctx) => {
    const counted = await countIntroductionsByState(tx, ctx.viewer, workspaceId);
    const counts = Object.fromEntries(INTRODUCTION_STATES.map((state) => [state, counted.get(state) ?? 0])) as Record<IntroductionState, number>;
    const rows = await listIntroductionRows(tx, ctx.viewer, { requestedBy: workspaceId, limit: 100 });
    return { workspaceId, counts, items: await present(ctx, tx, rows) };
  });
}

type SideProfile = { id: string; workspaceId: string; placeId: string | null; organizationId: string | null; personId: string | null };

const fromColumns = (profile: SideProfile) => ({
  fromProfileId: profile.id,
  fromWorkspaceId: profile.workspaceId,
  fromPlaceId: profile.placeId,
  fromOrganizationId: profile.organizationId,
  fromPersonId: profile.personId,
});

const toColumns = (profile: SideProfile) => ({
  toProfileId: profile.id,
  toWorkspaceId: profile.workspaceId,
  toPlaceId: profile.placeId,
  toOrganizationId: profile.organizationId,
  toPersonId: profile.personId,
});

/**
 * Asks for an introduction from one profile's side to another's. Asked by the side itself, its
 * own answer is yes; asked by an agency for a side (a profile it may read in another workspace),
 * both sides answer. The side(s) asked are told by mail.
 */
export async function requestIntroduction(ctx: ServiceContext, input: IntroductionCreate, publicUrl: string): Promise<{ introduction: Introduction; mailed: boolean }> {
  requireWriteAccess(ctx.viewer);
  requireCreateIn(ctx.viewer, input.workspaceId);
  return ctx.transaction(async (tx, ctx) => {
    const readable = new Map((await findProfileRowsByIds(tx, ctx.viewer, [input.fromProfileId, input.toProfileId])).map((profile) => [profile.id, profile]));
    const [from, to] = [readable.get(input.fromProfileId), readable.get(input.toProfileId)];
    const issues: FieldIssue[] = [];
    if (!from) issues.push(fieldIssue('body.fromProfileId', 'unknown_reference', 'refers to no matching profile you can see'));
    if (!to) issues.push(fieldIssue('body.toProfileId', 'unknown_reference', 'refers to no matching profile you can see'));
    if (from && to && issues.length === 0 && from.workspaceId === to.workspaceId) {
      issues.push(fieldIssue('body.toProfileId', 'same_side', 'belongs to the same workspace as the side introduced; an introduction connects two workspaces'));
    }
    if (from && to && issues.length === 0 && to.workspaceId === input.workspaceId) {
      issues.push(fieldIssue('body.toProfileId', 'same_side', 'is your own workspace’s profile; ask on behalf of it instead (fromProfileId)'));
    }
    if (input.needId) {
      const [need] = await findItemRowsByIds(tx, [input.needId]);
      if (!need || need.profileId !== input.fromProfileId || need.direction !== 'need') {
        issues.push(fieldIssue('body.needId', 'unknown_reference', 'refers to no need of the profile introduced'));
      }
    }
    if (issues.length > 0) throw validationFailed(issues);
    if (await findOpenIntroductionBetween(tx, [from!.id, to!.id])) throw introductionConflict('introduction_exists', 'An introduction between these two is open already');
    const brokered = from!.workspaceId !== input.workspaceId;
    const row = await insertIntroductionRow(tx, {
      workspaceId: input.workspaceId,
      createdBy: userIdOf(ctx.viewer),
      ...fromColumns(from!),
      ...toColumns(to!),
      needId: input.needId,
      message: input.message,
      proposedDate: input.proposedDate,
      fromAnswer: brokered ? 'pending' : 'accepted',
    } satisfies IntroductionInsert);
    await audit(tx, ctx, input.workspaceId, null, row);
    const mailed = await tell(ctx, tx, row, brokered ? [row.toWorkspaceId, row.fromWorkspaceId] : [row.toWorkspaceId], 'requested', { message: row.message, answering: null }, publicUrl);
    return { introduction: (await present(ctx, tx, [row]))[0]!, mailed };
  });
}

async function lockedForAnswer(tx: DbExecutor, ctx: ServiceContext, id: string): Promise<{ row: IntroductionRow; side: 'from' | 'to' }> {
  requireWriteAccess(ctx.viewer);
  const seen = requireReadable(ctx.viewer, await findIntroductionRow(tx, id), id);
  const mayAnswer = canCreateIn(ctx.viewer, seen.toWorkspaceId) || (isBrokered(seen) && canCreateIn(ctx.viewer, seen.fromWorkspaceId));
  if (!mayAnswer) throw forbidden('Only the sides asked answer an introduction');
  // Locked only now: row-level security lets only those who may change a row lock it.
  const row = (await findIntroductionRow(tx, id, true))!;
  if (row.state !== 'requested') throw introductionConflict('introduction_not_open', 'The introduction is no longer open', { state: row.state });
  const side = pendingSideOf(ctx.viewer, row);
  if (!side) throw introductionConflict('introduction_already_answered', 'Your side has answered already');
  return { row, side };
}

/** The first (online) meeting of the two sides, as an exchange of the accepting side's workspace. */
async function createMeeting(ctx: ServiceContext, tx: DbExecutor, row: IntroductionRow, workspaceId: string, date: string): Promise<string> {
  const refs = await references(ctx, tx, [row]);
  const names = sideNames(row, refs);
  const title = {
    de: `Erstes Treffen: ${names.from('de')} – ${names.to('de')}`,
    en: `First meeting: ${names.from('en')} – ${names.to('en')}`,
    uk: `Перша зустріч: ${names.from('uk')} – ${names.to('uk')}`,
  };
  const exchange = await createExchange(ctx, {
    workspaceId,
    kind: 'online_session',
    title,
    description: { de: row.message },
    startDate: date,
    endDate: date,
    timeZone: 'Europe/Berlin',
    status: 'planned',
    visibility: 'workspace',
    venuePlaceId: null,
    venueName: null,
    partnershipId: null,
    networkId: null,
    hostNetworkMemberId: null,
    capacity: null,
    reportedParticipants: null,
    themeIds: [],
    organizations: [],
    stops: [],
  });
  for (const [placeId, organizationId] of [
    [row.fromPlaceId, row.fromOrganizationId],
    [row.toPlaceId, row.toOrganizationId],
  ] as const) {
    // A side the accepting workspace may not see takes part unnamed rather than revealed.
    const visible = placeId ? refs.places.has(placeId) : organizationId ? refs.organizations.has(organizationId) : false;
    if (!visible) continue;
    await createDelegation(ctx, exchange.id, {
      name: {},
      fromPlaceId: placeId,
      fromOrganizationId: placeId ? null : organizationId,
      sectors: ['administration'],
      size: null,
      note: {},
    });
  }
  return exchange.id;
}

/**
 * A side says yes. Once every side asked has, the first (online) meeting is created as an
 * exchange on the date chosen (or proposed) and the introduction is accepted.
 */
export async function acceptIntroduction(ctx: ServiceContext, id: string, input: IntroductionAccept, publicUrl: string): Promise<{ introduction: Introduction; mailed: boolean }> {
  return ctx.transaction(async (tx, ctx) => {
    const { row: before, side } = await lockedForAnswer(tx, ctx, id);
    const answered = side === 'to' ? { toAnswer: 'accepted' as const, toAnswerMessage: input.message } : { fromAnswer: 'accepted' as const, fromAnswerMessage: input.message };
    const complete = (side === 'to' ? before.fromAnswer : before.toAnswer) === 'accepted';
    const sideWorkspace = side === 'to' ? before.toWorkspaceId : before.fromWorkspaceId;
    let changes: Partial<IntroductionInsert> = answered;
    if (complete) {
      const date = input.meetingDate ?? before.proposedDate;
      if (!date) throw validationFailed([fieldIssue('body.meetingDate', 'required', 'no date was proposed: choose the date of the first meeting')]);
      const exchangeId = await createMeeting(ctx, tx, before, sideWorkspace, date);
      changes = { ...answered, state: 'accepted', meetingExchangeId: exchangeId, meetingDate: date };
    }
    const row = await updateIntroductionRow(tx, id, changes);
    await audit(tx, ctx, sideWorkspace, before, row);
    const others = [row.workspaceId, row.fromWorkspaceId, row.toWorkspaceId].filter((workspaceId) => workspaceId !== sideWorkspace);
    const mailed = await tell(ctx, tx, row, others, 'accepted', { message: input.message, answering: side }, publicUrl);
    return { introduction: (await present(ctx, tx, [row]))[0]!, mailed };
  });
}

export async function declineIntroduction(ctx: ServiceContext, id: string, input: IntroductionDecline, publicUrl: string): Promise<{ introduction: Introduction; mailed: boolean }> {
  return ctx.transaction(async (tx, ctx) => {
    const { row: before, side } = await lockedForAnswer(tx, ctx, id);
    const answered = side === 'to' ? { toAnswer: 'declined' as const, toAnswerMessage: input.message } : { fromAnswer: 'declined' as const, fromAnswerMessage: input.message };
    const sideWorkspace = side === 'to' ? before.toWorkspaceId : before.fromWorkspaceId;
    const row = await updateIntroductionRow(tx, id, { ...answered, state: 'declined' });
    await audit(tx, ctx, sideWorkspace, before, row);
    const others = [row.workspaceId, row.fromWorkspaceId, row.toWorkspaceId].filter((workspaceId) => workspaceId !== sideWorkspace);
    const mailed = await tell(ctx, tx, row, others, 'declined', { message: input.message, answering: side }, publicUrl);
    return { introduction: (await present(ctx, tx, [row]))[0]!, mailed };
  });
}

async function lockedForSide(tx: DbExecutor, ctx: ServiceContext, id: string): Promise<{ row: IntroductionRow; workspaceId: string }> {
  requireWriteAccess(ctx.viewer);
  const seen = requireReadable(ctx.viewer, await findIntroductionRow(tx, id), id);
  if (!actsForASide(ctx.viewer, seen)) throw forbidden('Only the sides of an introduction move it on');
  const row = (await findIntroductionRow(tx, id, true))!;
  return { row, workspaceId: canCreateIn(ctx.viewer, row.toWorkspaceId) ? row.toWorkspaceId : row.fromWorkspaceId };
}

/** Either side records that the first meeting took place. */
export async function markIntroductionMet(ctx: ServiceContext, id: string): Promise<Introduction> {
  return ctx.transaction(async (tx, ctx) => {
    const { row: before, workspaceId } = await lockedForSide(tx, ctx, id);
    if (before.state !== 'accepted') throw introductionConflict('introduction_not_accepted', 'Only an accepted introduction has a meeting to record', { state: before.state });
    const row = await updateIntroductionRow(tx, id, { state: 'met' });
    await audit(tx, ctx, workspaceId, before, row);
    return (await present(ctx, tx, [row]))[0]!;
  });
}

/** After the meeting, either side turns the introduction into a partnership of the type chosen, in its own workspace. */
export async function partnerIntroduction(ctx: ServiceContext, id: string, input: IntroductionPartnership): Promise<Introduction> {
  return ctx.transaction(async (tx, ctx) => {
    const { row: before, workspaceId } = await lockedForSide(tx, ctx, id);
    if (before.state !== 'met') throw introductionConflict('introduction_not_met', 'A partnership follows the first meeting', { state: before.state });
    const refs = await references(ctx, tx, [before]);
    const party = (placeId: string | null, organizationId: string | null) =>
      placeId && refs.places.has(placeId) ? { placeId } : organizationId && refs.organizations.has(organizationId) ? { organizationId } : null;
    const parties = [party(before.fromPlaceId, before.fromOrganizationId), party(before.toPlaceId, before.toOrganizationId)];
    if (parties.some((entry) => entry === null)) throw introductionConflict('introduction_without_parties', 'A partnership needs two municipalities or organisations you can see');
    const names = sideNames(before, refs);
    const partnership = await createPartnership(ctx, {
      workspaceId,
      visibility: 'workspace',
      kind: PARTNERSHIP_KIND_OF[input.type],
      title: { de: `${names.from('de')} – ${names.to('de')}`, en: `${names.from('en')} – ${names.to('en')}`, uk: `${names.from('uk')} – ${names.to('uk')}` },
      description: {},
      since: new Date().toISOString().slice(0, 10),
      status: 'active',
      endedOn: null,
      parentId: null,
      parties: parties as ({ placeId: string } | { organizationId: string })[],
      themeIds: [],
    });
    const row = await updateIntroductionRow(tx, id, { state: 'partnered', partnershipType: input.type, partnershipId: partnership.id });
    await audit(tx, ctx, workspaceId, before, row);
    return (await present(ctx, tx, [row]))[0]!;
  });
}
