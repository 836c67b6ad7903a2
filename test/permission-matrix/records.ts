import { randomBytes } from 'node:crypto';
import { generateSecretToken, hashSecretToken } from '../../src/core/auth/secret-token.js';
import type { Db } from '../../src/core/db/client.js';
import { insertToken } from '../../src/modules/api-tokens/api-tokens.repository.js';
import { demoId } from '../../src/demo/demo-id.js';
import { organizations } from '../../src/modules/actors/organizations.tables.js';
import { people } from '../../src/modules/actors/people.tables.js';
import { eq } from 'drizzle-orm';
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

export async function createPartnershipRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(partnerships)
    .values({ workspaceId: owner.workspaceId, visibility, kind: 'contact', title: { de: `Matrix ${visibility}` }, createdBy: owner.creatorId })
    .returning();
  await db.insert(partnershipParties).values([
    { partnershipId: row!.id, placeId: demoId('place:leipzig'), position: 0 },
    { partnershipId: row!.id, placeId: demoId('place:kyiv'), position: 1 },
  ]);
  return row!.id;
}

export async function createExchangeRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(exchanges)
    .values({
      workspaceId: owner.workspaceId,
      visibility,
      kind: 'workshop',
      title: { de: `Matrix ${visibility}` },
      startDate: '2026-03-02',
      endDate: '2026-03-03',
      createdBy: owner.creatorId,
    })
    .returning();
  return row!.id;
}

export async function createNetworkRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(networks)
    .values({ workspaceId: owner.workspaceId, visibility, name: { de: `Matrix ${visibility}` }, cadence: 'quarterly', createdBy: owner.creatorId })
    .returning();
  return row!.id;
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
  const [row] = await db
    .insert(places)
    .values({
      workspaceId: owner.workspaceId,
      visibility,
      kind: 'quarter',
      parentId: demoId('place:leipzig'),
      name: `Matrix-Viertel ${randomBytes(3).toString('hex')}`,
      countryCode: 'DE',
      createdBy: owner.creatorId,
    })
    .returning();
  return row!.id;
}

export async function createOrganizationRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(organizations)
    .values({ workspaceId: owner.workspaceId, visibility, kind: 'ngo', name: `Matrix-Verein ${randomBytes(3).toString('hex')}`, createdBy: owner.creatorId })
    .returning();
  return row!.id;
}

export async function createPersonRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(people)
    .values({ workspaceId: owner.workspaceId, visibility, givenName: 'Mira', familyName: `Matrix ${randomBytes(3).toString('hex')}`, createdBy: owner.creatorId })
    .returning();
  return row!.id;
}

export async function createThemeRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(themes)
    .values({ workspaceId: owner.workspaceId, visibility, slug: `matrix-${randomBytes(4).toString('hex')}`, name: { de: 'Matrixthema' }, createdBy: owner.creatorId })
    .returning();
  return row!.id;
}

export async function createThesaurusRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const [row] = await db
    .insert(searchThesaurus)
    .values({ workspaceId: owner.workspaceId, visibility, terms: { de: [`Matrixbegriff ${randomBytes(3).toString('hex')}`], en: ['matrix term'] }, createdBy: owner.creatorId })
    .returning();
  return row!.id;
}

/** A project group of a partnership, for routes that change or remove one. */
export async function createProjectGroupOf(db: Db, partnershipId: string): Promise<string> {
  const [row] = await db.insert(projectGroups).values({ partnershipId, title: { de: 'Matrix-Gruppe' } }).returning();
  return row!.id;
}

/** A member (an association, so each is new) of a network. */
export async function createNetworkMemberOf(db: Db, networkId: string, owner: RecordOwner): Promise<string> {
  const organizationId = await createOrganizationRecord(db, owner, 'public');
  const [row] = await db.insert(networkMembers).values({ networkId, organizationId }).returning();
  return row!.id;
}

export async function createUnavailabilityOf(db: Db, memberId: string): Promise<string> {
  const [row] = await db.insert(networkMemberUnavailability).values({ networkMemberId: memberId, fromDate: '2026-01-01', toDate: '2026-01-31' }).returning();
  return row!.id;
}

export async function createSessionOf(db: Db, exchangeId: string): Promise<string> {
  const [row] = await db.insert(agendaSessions).values({ exchangeId, day: '2026-03-02', kind: 'talk', title: { de: 'Matrix-Vortrag' } }).returning();
  return row!.id;
}

export async function createDelegationOf(db: Db, exchangeId: string): Promise<string> {
  const [row] = await db.insert(exchangeDelegations).values({ exchangeId, fromPlaceId: demoId('place:kyiv'), size: 2 }).returning();
  return row!.id;
}

export async function createOutcomeOf(db: Db, exchangeId: string): Promise<string> {
  const [row] = await db.insert(exchangeOutcomes).values({ exchangeId, kind: 'idea', text: { de: 'Matrix-Idee' } }).returning();
  return row!.id;
}

/** A public person of the workspace registered for the exchange; with `token`, invited by that link. */
export async function createRegistrationOf(db: Db, exchangeId: string, owner: RecordOwner, token?: string): Promise<string> {
  const personId = await createPersonRecord(db, owner, 'public');
  const [row] = await db
    .insert(exchangeRegistrations)
    .values({ exchangeId, personId, state: token ? 'invited' : 'registered', invitationTokenHash: token ? hashSecretToken(token) : null })
    .returning();
  return row!.id;
}

/** The secret of an invitation link to a public exchange far in the future. */
export async function createInvitationLink(db: Db, owner: RecordOwner): Promise<string> {
  const [exchange] = await db
    .insert(exchanges)
    .values({ workspaceId: owner.workspaceId, visibility: 'public', kind: 'workshop', title: { de: 'Matrix-Einladung' }, startDate: '2099-03-02', endDate: '2099-03-03', createdBy: owner.creatorId })
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
  const [row] = await db
    .insert(exchangeSeries)
    .values({ workspaceId: owner.workspaceId, visibility, title: { de: `Matrix-Programm ${visibility}` }, plannedParts: 40, createdBy: owner.creatorId })
    .returning();
  return row!.id;
}

/** An exchange of the owner's workspace added as the next part of a programme. */
export async function createProgrammePartOf(db: Db, programmeId: string, owner: RecordOwner): Promise<string> {
  const existing = await db.select({ id: exchanges.id }).from(exchanges).where(eq(exchanges.seriesId, programmeId));
  const [row] = await db
    .insert(exchanges)
    .values({
      workspaceId: owner.workspaceId,
      visibility: 'workspace',
      kind: 'delegation_visit',
      title: { de: 'Matrix-Teil' },
      startDate: '2026-05-04',
      endDate: '2026-05-05',
      seriesId: programmeId,
      seriesPart: existing.length + 1,
      createdBy: owner.creatorId,
    })
    .returning();
  return row!.id;
}
