import { requireEdit } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import { generateSecretToken, hashSecretToken } from '../../core/auth/secret-token.js';
import type { DbExecutor } from '../../core/db/client.js';
import { notFound, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationFactsByIds } from '../actors/organizations.service.js';
import { participantFactsByIds } from '../actors/people.service.js';
import { partAuditTrail, recordAuditEvent } from '../audit/audit.service.js';
import { queueMail } from '../mail/mail.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { auditedRegistration } from './registrations.presenter.js';
import { findDelegationRow, findExchangeRow, lockExchangeRow, type ExchangeRow } from './exchanges.repository.js';
import { registrationInvitationMail } from './registration-mail.js';
import { countRegistrationsByState, findNewestUnconfirmed, findRegistrationRow, findRegistrationsOfPeople, findWaitlistHead, insertRegistrationRow, updateRegistrationRow, type RegistrationInsert, type RegistrationRow } from './registrations.repository.js';
import type { RegisterInput, RegisterResult, Registration, RegistrationChange } from './registrations.schemas.js';
import { COUNTED_STATES, type RegistrationState } from './registrations.tables.js';
import { exchangeConflict } from './exchanges.errors.js';
import { presentRegistrations } from './registrations.service.js';
import { pickGivenFields } from '../../core/records/pick-fields.js';

/** The history of registrations, shared by every command that moves a place. */
export const registrationAudit = partAuditTrail('registration');

const isCounted = (state: RegistrationState) => COUNTED_STATES.includes(state);

export interface PlaceChange {
  before: RegistrationRow;
  after: RegistrationRow;
}

/**
 * Keeps the places of a locked exchange consistent: never more taken than its capacity (the
 * newest unconfirmed registrations give way to the waitlist), and no one waiting while a place
 * is free (the oldest waitlisted move up; who had confirmed moves up confirmed).
 */
export async function rebalancePlaces(tx: DbExecutor, exchange: ExchangeRow): Promise<PlaceChange[]> {
  const counts = (await countRegistrationsByState(tx, [exchange.id])).get(exchange.id) ?? {};
  const taken = COUNTED_STATES.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
  const changes: PlaceChange[] = [];
  if (exchange.capacity !== null && taken > exchange.capacity) {
    for (const row of await findNewestUnconfirmed(tx, exchange.id, taken - exchange.capacity)) {
      changes.push({ before: row, after: await updateRegistrationRow(tx, row.id, { state: 'waitlisted', stateChangedAt: new Date() }) });
    }
    return changes;
  }
  const free = exchange.capacity === null ? (counts.waitlisted ?? 0) : exchange.capacity - taken;
  for (const row of await findWaitlistHead(tx, exchange.id, free)) {
    const state: RegistrationState = row.confirmedAt ? 'confirmed' : 'registered';
    changes.push({ before: row, after: await updateRegistrationRow(tx, row.id, { state, stateChangedAt: new Date() }) });
  }
  return changes;
}

async function takenPlaces(tx: DbExecutor, exchangeId: string): Promise<number> {
  const counts = (await countRegistrationsByState(tx, [exchangeId])).get(exchangeId) ?? {};
  return COUNTED_STATES.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
}

async function auditChanges(tx: DbExecutor, ctx: ServiceContext, exchange: ExchangeRow, changes: PlaceChange[]): Promise<void> {
  for (const change of changes) {
    await registrationAudit.updated(tx, ctx, { workspaceId: exchange.workspaceId, id: change.after.id }, auditedRegistration(change.before), auditedRegistration(change.after));
  }
}

export interface RegistrationMailSettings {
  publicUrl: string;
}

interface NewInvitation {
  row: RegistrationRow;
  token: string;
}

async function issueInvitation(tx: DbExecutor, row: RegistrationRow, changes: Partial<RegistrationInsert> = {}): Promise<NewInvitation> {
  const token = generateSecretToken('sdr');
  const updated = await updateRegistrationRow(tx, row.id, { ...changes, invitationTokenHash: hashSecretToken(token), invitedAt: new Date() });
  return { row: updated, token };
}

async function mailInvitations(
  tx: DbExecutor,
  ctx: ServiceContext,
  exchange: ExchangeRow,
  invitations: NewInvitation[],
  settings: RegistrationMailSettings,
): Promise<RegisterResult['invitations']> {
  const people = await participantFactsByIds(ctx, invitations.map((invitation) => invitation.row.personId));
  const venue = exchange.venuePlaceId ? (await placeRefsByIds(ctx, [exchange.venuePlaceId])).get(exchange.venuePlaceId) : undefined;
  const links: RegisterResult['invitations'] = [];
  for (const { row, token } of invitations) {
    const url = `${settings.publicUrl}/registration-invitations/${token}`;
    const person = people.get(row.personId);
    if (person?.email && !person.erased) {
      await queueMail(tx, registrationInvitationMail({ to: person.email, languages: person.languages, name: person.displayName, exchange, venue, url }));
    }
    links.push({ registrationId: row.id, url, mailed: Boolean(person?.email && !person.erased) });
  }
  return links;
}

/**
 * Registers (or invites) people for an exchange, in the order given: while places are free they
 * are registered, then they go on the waitlist. A person registered already is returned as they
 * are; one who had cancelled is registered again at the end of the queue. The exchange row is
 * locked, so parallel registrations and cancellations cannot over-fill it.
 */
export async function registerPeople(
  ctx: ServiceContext,
  exchangeId: string,
  input: RegisterInput,
  settings: RegistrationMailSettings,
): Promise<RegisterResult> {
  return ctx.transaction(async (tx, ctx) => {
    requireEdit(ctx.viewer, await findExchangeRow(tx, exchangeId), 'Exchange', exchangeId);
    const exchange = (await lockExchangeRow(tx, exchangeId))!;
    if (exchange.status === 'cancelled') throw exchangeConflict('exchange_cancelled', 'The exchange is cancelled; nobody can register for it', {}, [{ field: 'path.id', code: 'invalid_state', message: 'is cancelled' }]);
    const people = await participantFactsByIds(ctx, input.personIds);
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    input.personIds.forEach((personId, index) => {
      if (!people.has(personId)) issues.push({ field: `body.personIds.${index}`, code: 'unknown_reference', message: 'refers to no person you can see' });
      else if (seen.has(personId)) issues.push({ field: `body.personIds.${index}`, code: 'listed_twice', message: 'is listed twice' });
      seen.add(personId);
    });
    const delegation = input.delegationId ? await findDelegationRow(tx, input.delegationId) : undefined;
    if (input.delegationId && delegation?.exchangeId !== exchangeId) issues.push({ field: 'body.delegationId', code: 'unknown_reference', message: 'refers to no delegation of this exchange' });
    if (issues.length > 0) throw validationFailed(issues);

    const origin = await delegationOrigin(ctx, delegation);
    const existing = new Map((await findRegistrationsOfPeople(tx, exchangeId, input.personIds)).map((row) => [row.personId, row]));
    let taken = await takenPlaces(tx, exchangeId);
    const placeFor = (): RegistrationState => (exchange.capacity === null || taken < exchange.capacity ? 'registered' : 'waitlisted');
    const results: RegistrationRow[] = [];
    const invitations: NewInvitation[] = [];
    let created = 0;
    for (const personId of input.personIds) {
      const before = existing.get(personId);
      if (before && before.state !== 'cancelled') {
        results.push(before);
        continue;
      }
      const person = people.get(personId)!;
      const state: RegistrationState = input.invite ? 'invited' : placeFor();
      if (isCounted(state)) taken += 1;
      const now = new Date();
      const fields = {
        delegationId: delegation?.id ?? null,
        organizationId: origin.organizationId ?? person.organization?.id ?? null,
        countryCode: origin.countryCode ?? person.organization?.countryCode ?? null,
        state,
        registeredAt: now,
        stateChangedAt: now,
        respondedAt: null,
        confirmedAt: null,
        checkedInAt: null,
        cancelledAt: null,
        invitedAt: null,
        invitationTokenHash: null,
        note: input.note ?? before?.note ?? null,
      } satisfies Partial<RegistrationInsert>;
      let row = before
        ? await updateRegistrationRow(tx, before.id, fields)
        : await insertRegistrationRow(tx, { exchangeId, personId, ...fields, createdBy: userIdOf(ctx.viewer) });
      if (!before) created += 1;
      if (input.invite) {
        const invitation = await issueInvitation(tx, row);
        row = invitation.row;
        invitations.push(invitation);
      }
      results.push(row);
      await recordAuditEvent(tx, ctx, {
        workspaceId: exchange.workspaceId,
        action: before ? 'update' : 'create',
        entityType: 'registration',
        entityId: row.id,
        before: before ? auditedRegistration(before) : null,
        after: auditedRegistration(row),
      });
    }
    const links = await mailInvitations(tx, ctx, exchange, invitations, settings);
    return { items: await presentRegistrations(ctx, results), created, invitations: links };
  });
}

/** Where a delegation comes from: its organization, and the country of its place or organization. */
async function delegationOrigin(ctx: ServiceContext, delegation: { fromPlaceId: string | null; fromOrganizationId: string | null } | undefined) {
  if (!delegation) return { organizationId: null, countryCode: null };
  const place = delegation.fromPlaceId ? (await placeRefsByIds(ctx, [delegation.fromPlaceId])).get(delegation.fromPlaceId) : undefined;
  const organization = delegation.fromOrganizationId ? (await organizationFactsByIds(ctx, [delegation.fromOrganizationId])).get(delegation.fromOrganizationId) : undefined;
  return { organizationId: organization?.id ?? null, countryCode: place?.countryCode ?? organization?.countryCode ?? null };
}

async function loadForChange(tx: DbExecutor, ctx: ServiceContext, exchangeId: string, registrationId: string) {
  requireEdit(ctx.viewer, await findExchangeRow(tx, exchangeId), 'Exchange', exchangeId);
  const exchange = (await lockExchangeRow(tx, exchangeId))!;
  const row = await findRegistrationRow(tx, registrationId);
  if (!row || row.exchangeId !== exchangeId) throw notFound('Registration', registrationId);
  return { exchange, row };
}

/**
 * Moves a registration to another state. Cancelling a registration that held a place gives it to
 * the oldest waitlisted person in the same transaction. Registering or confirming someone when
 * no place is free puts them on the waitlist; checking in someone without a free place is refused.
 */
export async function changeRegistration(ctx: ServiceContext, exchangeId: string, registrationId: string, input: RegistrationChange): Promise<Registration> {
  return ctx.transaction(async (tx, ctx) => {
    const { exchange, row: before } = await loadForChange(tx, ctx, exchangeId, registrationId);
    const issues: FieldIssue[] = [];
    if (input.delegationId) {
      const delegation = await findDelegationRow(tx, input.delegationId);
      if (delegation?.exchangeId !== exchangeId) issues.push({ field: 'body.delegationId', code: 'unknown_reference', message: 'refers to no delegation of this exchange' });
    }
    if (input.organizationId && !(await organizationFactsByIds(ctx, [input.organizationId])).has(input.organizationId)) {
      issues.push({ field: 'body.organizationId', code: 'unknown_reference', message: 'refers to no organization you can see' });
    }
    if (issues.length > 0) throw validationFailed(issues);
    const changes: Partial<RegistrationInsert> = pickGivenFields(input, ['delegationId', 'organizationId', 'countryCode', 'note'] as const);
    if (input.state && input.state !== before.state) Object.assign(changes, await stateChange(tx, exchange, before, input.state));
    const row = Object.keys(changes).length > 0 ? await updateRegistrationRow(tx, registrationId, changes) : before;
    const moved = isCounted(before.state) && !isCounted(row.state) ? await rebalancePlaces(tx, exchange) : [];
    await registrationAudit.updated(tx, ctx, { workspaceId: exchange.workspaceId, id: row.id }, auditedRegistration(before), auditedRegistration(row));
    await auditChanges(tx, ctx, exchange, moved);
    return (await presentRegistrations(ctx, [row]))[0]!;
  });
}

async function stateChange(tx: DbExecutor, exchange: ExchangeRow, before: RegistrationRow, target: RegistrationState): Promise<Partial<RegistrationInsert>> {
  const now = new Date();
  const base: Partial<RegistrationInsert> = { stateChangedAt: now };
  if (target === 'cancelled') return { ...base, state: 'cancelled', cancelledAt: now };
  const confirmedAt = target === 'confirmed' || target === 'attended' ? (before.confirmedAt ?? now) : before.confirmedAt;
  const checkedInAt = target === 'attended' ? now : null;
  if (isCounted(before.state)) return { ...base, state: target, confirmedAt, checkedInAt };
  const full = exchange.capacity !== null && (await takenPlaces(tx, exchange.id)) >= exchange.capacity;
  if (!full) return { ...base, state: target, confirmedAt, checkedInAt, cancelledAt: null };
  if (target === 'attended') {
    throw exchangeConflict('exchange_full', `All ${exchange.capacity} places are taken; free one or raise the capacity before checking this person in`, { capacity: exchange.capacity ?? 0 }, [
      { field: 'body.state', code: 'invalid_state', message: 'no place is free' },
    ]);
  }
  // No place free: the person waits, joining the end of the queue unless waiting already.
  if (before.state === 'waitlisted') return { ...(target === 'confirmed' ? { confirmedAt } : {}) };
  return { ...base, state: 'waitlisted', confirmedAt, cancelledAt: null, registeredAt: now };
}

/** Marks a participant as present (idempotent). */
export async function checkIn(ctx: ServiceContext, exchangeId: string, registrationId: string): Promise<Registration> {
  return changeRegistration(ctx, exchangeId, registrationId, { state: 'attended' });
}

/** A fresh invitation link for a registration (the old one stops working); sent again by e-mail. */
export async function reissueInvitation(ctx: ServiceContext, exchangeId: string, registrationId: string, settings: RegistrationMailSettings) {
  return ctx.transaction(async (tx, ctx) => {
    const { exchange, row } = await loadForChange(tx, ctx, exchangeId, registrationId);
    if (row.state === 'attended') throw exchangeConflict('registration_attended', 'This person has attended already', {}, [{ field: 'path.registrationId', code: 'invalid_state', message: 'has attended' }]);
    const invitation = await issueInvitation(tx, row);
    await registrationAudit.updated(tx, ctx, { workspaceId: exchange.workspaceId, id: row.id }, { ...auditedRegistration(row), invitedAt: row.invitedAt }, { ...auditedRegistration(invitation.row), invitedAt: invitation.row.invitedAt });
    return (await mailInvitations(tx, ctx, exchange, [invitation], settings))[0]!;
  });
}
