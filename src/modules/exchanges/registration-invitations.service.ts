import { hashSecretToken } from '../../core/auth/secret-token.js';
import type { DbExecutor } from '../../core/db/client.js';
import { notFound } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { participantFactsByIds } from '../actors/people.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { findExchangeRow, lockExchangeRow, type ExchangeRow } from './exchanges.repository.js';
import { findRegistrationByTokenHash, updateRegistrationRow, type RegistrationRow } from './registrations.repository.js';
import type { InvitationView } from './registrations.schemas.js';
import { rebalancePlaces, registrationAudit } from './registration-changes.service.js';
import { COUNTED_STATES } from './registrations.tables.js';
import { exchangeConflict } from './exchanges.errors.js';

/** Today in the exchange's time zone: an invitation may be answered until its last day is over. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const answerable = (exchange: ExchangeRow, registration: RegistrationRow) =>
  exchange.status !== 'cancelled' && registration.state !== 'attended' && todayIn(exchange.timeZone) <= exchange.endDate;

async function find(tx: DbExecutor, token: string) {
  const registration = await findRegistrationByTokenHash(tx, hashSecretToken(token));
  const exchange = registration ? await findExchangeRow(tx, registration.exchangeId) : undefined;
  if (!registration || !exchange) throw notFound('Invitation');
  return { registration, exchange };
}

async function present(ctx: ServiceContext, exchange: ExchangeRow, registration: RegistrationRow): Promise<InvitationView> {
  const person = (await participantFactsByIds(ctx, [registration.personId])).get(registration.personId);
  const venue = exchange.venuePlaceId ? ((await placeRefsByIds(ctx, [exchange.venuePlaceId])).get(exchange.venuePlaceId) ?? null) : null;
  return {
    exchange: {
      id: exchange.id,
      kind: exchange.kind,
      status: exchange.status,
      title: exchange.title,
      startDate: exchange.startDate,
      endDate: exchange.endDate,
      timeZone: exchange.timeZone,
      venue,
      venueName: exchange.venueName,
    },
    person: { displayName: person?.displayName ?? '' },
    state: registration.state,
    respondedAt: registration.respondedAt?.toISOString() ?? null,
    canRespond: answerable(exchange, registration),
  };
}

/**
 * What an invitation link shows to the invited person, who need not be signed in: the link's
 * secret is the permission. Runs with a system context (no viewer), reading only that invitation.
 */
export async function viewInvitation(system: ServiceContext, token: string): Promise<InvitationView> {
  return system.transaction(async (tx, ctx) => {
    const { registration, exchange } = await find(tx, token);
    return present(ctx, exchange, registration);
  });
}

/**
 * The invited person confirms or declines. Confirming takes a free place, or a place on the
 * waitlist (moving up confirmed); declining frees a place for the next person waiting.
 */
export async function answerInvitation(system: ServiceContext, token: string, answer: 'confirm' | 'decline'): Promise<InvitationView> {
  return system.transaction(async (tx, ctx) => {
    const found = await find(tx, token);
    const exchange = (await lockExchangeRow(tx, found.exchange.id))!;
    const before = found.registration;
    if (!answerable(exchange, before)) throw exchangeConflict('invitation_closed', 'This invitation can no longer be answered', {}, [{ field: 'path.token', code: 'invalid_state', message: 'is no longer open' }]);
    const now = new Date();
    let after = before;
    if (answer === 'decline' && before.state !== 'cancelled') {
      after = await updateRegistrationRow(tx, before.id, { state: 'cancelled', cancelledAt: now, respondedAt: now, stateChangedAt: now });
    } else if (answer === 'confirm' && before.state !== 'confirmed') {
      const holdsPlace = COUNTED_STATES.includes(before.state);
      const waiting = before.state === 'waitlisted';
      after = await updateRegistrationRow(tx, before.id, {
        // Who held a place or waited keeps that position; the others join the queue now.
        state: holdsPlace ? 'confirmed' : 'waitlisted',
        confirmedAt: now,
        respondedAt: now,
        cancelledAt: null,
        stateChangedAt: now,
        ...(holdsPlace || waiting ? {} : { registeredAt: now }),
      });
    }
    const moved = after !== before ? await rebalancePlaces(tx, exchange) : [];
    const final = moved.find((change) => change.after.id === after.id)?.after ?? after;
    for (const change of [{ before, after: final }, ...moved.filter((change) => change.after.id !== after.id)]) {
      if (change.before === change.after) continue;
      await registrationAudit.updated(tx, ctx, { workspaceId: exchange.workspaceId, id: change.after.id }, { state: change.before.state }, { state: change.after.state, answeredBy: change.after.id === before.id ? 'invitation link' : undefined });
    }
    return present(ctx, exchange, final);
  });
}
