import { randomBytes } from 'node:crypto';
import { generateSecretToken, hashSecretToken } from '../../src/core/auth/secret-token.js';
import type { Db } from '../../src/core/db/client.js';
import { insertToken } from '../../src/modules/api-tokens/api-tokens.repository.js';
import { demoId } from '../../src/demo/demo-id.js';
import { organizations } from '../../src/modules/actors/organizations.tables.js';
import { people } from '../../src/modules/actors/people.tables.js';
import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { agendaSessions, exchangeOutcomes } from '../../src/modules/exchanges/exchange-program.tables.js';
import { exchangeDelegations, exchanges, exchangeSeries } from '../../src/modules/exchanges/exchanges.tables.js';
import { calendarFeedTokens, exchangeRegistrations } from '../../src/modules/exchanges/registrations.tables.js';
import { networkMembers, networkMemberUnavailability, networks } from '../../src/modules/networks/networks.tables.js';
import { partnershipParties, partnerships, projectGroups } from '../../src/modules/partnerships/partnerships.tables.js';
import { places } from '../../src/modules/places/places.tables.js';
import { themes } from '../../src/modules/themes/themes.tables.js';
import { searchThesaurus } from '../../src/modules/knowledge/search/search.tables.js';
import { users } from '../../src/modules/accounts/users.tables.js';
import { invitations, memberships } from '../../src/modules/workspaces/workspaces.tables.js';
import type { Visibility } from './expectations.js';

export interface RecordOwner {
  workspaceId: string;
  creatorId: string;
}

/** The workspace, visibility and creator of a record the owner made. */
export const ownedBy = (owner: RecordOwner, visibility: Visibility) => ({ workspaceId: owner.workspaceId, visibility, createdBy: owner.creatorId });

/** Inserts one row straight into the table and answers its id. */
export async function insertedId<Table extends PgTable & { id: AnyPgColumn }>(db: Db, table: Table, values: PgInsertValue<Table>): Promise<string> {
  const [row] = await db.insert(table).values(values).returning({ id: table.id });
  return row!.id as string;
}

export async function createPartnershipRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(partnerships)
    .values({ ...ownedBy(owner, visibility), kind: 'contact', title: { de: `Matrix ${visibility}` } })
    .returning();
  await db.insert(partnershipParties).values([
    { partnershipId: row!.id, placeId: demoId('place:leipzig'), position: 0 },
    { partnershipId: row!.id, placeId: demoId('place:kyiv'), position: 1 },
  ]);
  return row!.id;
}

export async function createExchangeRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, exchanges, {
    ...ownedBy(owner, visibility),
    kind: 'workshop',
    title: { de: `Matrix ${visibility}` },
    startDate: '2026-03-02',
    endDate: '2026-03-03',
  });
}

export async function createNetworkRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, networks, { ...ownedBy(owner, visibility), name: { de: `Matrix ${visibility}` }, cadence: 'quarterly' });
}

/** A further guest of the workspace, for routes that change or remove a member. */
export async function createExtraMember(db: Db, workspaceId: string): Promise<string> {
  const [user] = await db.insert(users).values({ email: `extra-${randomBytes(4).toString('hex')}@example.org`, displayName: 'Extra' }).returning();
  await db.insert(memberships).values({ workspaceId, userId: user!.id, role: 'guest' });
  return user!.id;
}

export async function createLinkInvitation(db: Db, workspaceId: string): Promise<{ id: string; token: string }> {
  const token = generateSecretToken('sdi');
  const [row] = await db
    .insert(invitations)
    .values({ workspaceId, role: 'guest', tokenHash: hashSecretToken(token), expiresAt: new Date(Date.now() + 86_400_000) })
    .returning();
  return { id: row!.id, token };
}

export async function createTokenOf(db: Db, userId: string | undefined): Promise<string> {
  if (!userId) return '00000000-0000-4000-8000-000000000000';
  const token = generateSecretToken('sdt');
  const row = await insertToken(db, { userId, name: 'matrix', scope: 'read', tokenHash: hashSecretToken(token), prefix: token.slice(0, 10) });
  return row.id;
}

export async function createPlaceRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, places, {
    ...ownedBy(owner, visibility),
    kind: 'quarter',
    parentId: demoId('place:leipzig'),
    name: `Matrix-Viertel ${randomBytes(3).toString('hex')}`,
    countryCode: 'DE',
  });
}

export async function createOrganizationRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, organizations, { ...ownedBy(owner, visibility), kind: 'ngo', name: `Matrix-Verein ${randomBytes(3).toString('hex')}` });
}

export async function createPersonRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, people, { ...ownedBy(owner, visibility), givenName: 'Mira', familyName: `Matrix ${randomBytes(3).toString('hex')}` });
}

export async function createThemeRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, themes, { ...ownedBy(owner, visibility), slug: `matrix-${randomBytes(4).toString('hex')}`, name: { de: 'Matrixthema' } });
}

export async function createThesaurusRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, searchThesaurus, { ...ownedBy(owner, visibility), terms: { de: [`Matrixbegriff ${randomBytes(3).toString('hex')}`], en: ['matrix term'] } });
}

/** A project group of a partnership, for routes that change or remove one. */
export async function createProjectGroupOf(db: Db, partnershipId: string): Promise<string> {
  return insertedId(db, projectGroups, { partnershipId, title: { de: 'Matrix-Gruppe' } });
}

/** A member (an association, so each is new) of a network. */
export async function createNetworkMemberOf(db: Db, networkId: string, owner: RecordOwner): Promise<string> {
  const organizationId = await createOrganizationRecord(db, owner, 'public');
  return insertedId(db, networkMembers, { networkId, organizationId });
}

export async function createUnavailabilityOf(db: Db, memberId: string): Promise<string> {
  return insertedId(db, networkMemberUnavailability, { networkMemberId: memberId, fromDate: '2026-01-01', toDate: '2026-01-31' });
}

export async function createSessionOf(db: Db, exchangeId: string): Promise<string> {
  return insertedId(db, agendaSessions, { exchangeId, day: '2026-03-02', kind: 'talk', title: { de: 'Matrix-Vortrag' } });
}

export async function createDelegationOf(db: Db, exchangeId: string): Promise<string> {
  return insertedId(db, exchangeDelegations, { exchangeId, fromPlaceId: demoId('place:kyiv'), size: 2 });
}

export async function createOutcomeOf(db: Db, exchangeId: string): Promise<string> {
  return insertedId(db, exchangeOutcomes, { exchangeId, kind: 'idea', text: { de: 'Matrix-Idee' } });
}

/** A public person of the workspace registered for the exchange; with `token`, invited by that link. */
export async function createRegistrationOf(db: Db, exchangeId: string, owner: RecordOwner, token?: string): Promise<string> {
  const personId = await createPersonRecord(db, owner, 'public');
  return insertedId(db, exchangeRegistrations, { exchangeId, personId, state: token ? 'invited' : 'registered', invitationTokenHash: token ? hashSecretToken(token) : null });
}

/** The secret of an invitation link to a public exchange far in the future. */
export async function createInvitationLink(db: Db, owner: RecordOwner): Promise<string> {
  const [exchange] = await db
    .insert(exchanges)
    .values({ ...ownedBy(owner, 'public'), kind: 'workshop', title: { de: 'Matrix-Einladung' }, startDate: '2099-03-02', endDate: '2099-03-03' })
    .returning();
  const token = generateSecretToken('sdr');
  await createRegistrationOf(db, exchange!.id, owner, token);
  return token;
}

/** The secret address of a user's personal calendar feed. */
export async function createCalendarFeedOf(db: Db, userId: string): Promise<string> {
  const token = generateSecretToken('sdc');
  await db.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId));
  await db.insert(calendarFeedTokens).values({ userId, tokenHash: hashSecretToken(token), prefix: token.slice(0, 10) });
  return token;
}

/** A visit programme (a series of exchanges) without parts. */
export async function createVisitProgrammeRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  return insertedId(db, exchangeSeries, { ...ownedBy(owner, visibility), title: { de: `Matrix-Programm ${visibility}` }, plannedParts: 40 });
}

/** An exchange of the owner's workspace added as the next part of a programme. */
export async function createProgrammePartOf(db: Db, programmeId: string, owner: RecordOwner): Promise<string> {
  const existing = await db.select({ id: exchanges.id }).from(exchanges).where(eq(exchanges.seriesId, programmeId));
  return insertedId(db, exchanges, {
    ...ownedBy(owner, 'workspace'),
    kind: 'delegation_visit',
    title: { de: 'Matrix-Teil' },
    startDate: '2026-05-04',
    endDate: '2026-05-05',
    seriesId: programmeId,
    seriesPart: existing.length + 1,
  });
}
