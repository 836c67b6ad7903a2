import { generateSecretToken, hashSecretToken } from '../../src/core/auth/secret-token.js';
import type { Db } from '../../src/core/db/client.js';
import { startSession } from '../../src/modules/accounts/sessions.service.js';
import { insertToken } from '../../src/modules/api-tokens/api-tokens.repository.js';
import { demoId } from '../../src/demo/demo-id.js';
import { memberships } from '../../src/modules/workspaces/workspaces.tables.js';
import { createCommentOf, createDocumentRecord, createFileOf, createLinkOf, createProposalOf } from '../permission-matrix/knowledge-records.js';
import { createExpenditureRecord, createGrantRecord, createPlanRecord, createProgrammeRecord, createProjectRecord, createReportedPlanRecord, createSelectedMonitorRecord, firstMeasure, prioritiesOf, progressOf, selectionOf, sidesOf } from '../permission-matrix/plan-records.js';
import {
  createCalendarFeedOf,
  createDelegationOf,
  createExchangeRecord,
  createExtraMember,
  createInvitationLink,
  createLinkInvitation,
  createNetworkMemberOf,
  createProgrammePartOf,
  createVisitProgrammeRecord,
  createNetworkRecord,
  createOrganizationRecord,
  createOutcomeOf,
  createPartnershipRecord,
  createPersonRecord,
  createPlaceRecord,
  createProjectGroupOf,
  createRegistrationOf,
  createSessionOf,
  createThemeRecord,
  createThesaurusRecord,
  createTokenOf,
  createUnavailabilityOf,
} from '../permission-matrix/records.js';
import { createTestUser, createTestWorkspace } from '../support/test-users.js';
import type { PathIdOf } from './fuzz-cases.js';
import type { IdsByField } from './schema-arbitraries.js';

export interface FuzzWorld {
  workspaceId: string;
  ownerId: string;
  /** Ids for path parameters: `{id}` by the collection before it, the others by name. */
  pathIds: Record<string, string>;
  idsByField: IdsByField;
  pathIdOf: PathIdOf;
}

/** Record kinds that request fields name, matched in this order (`hostNetworkMemberId` is a member, not a network). */
const FIELD_KINDS = ['member', 'group', 'place', 'organization', 'person', 'theme', 'partnership', 'exchange', 'network', 'project', 'programme', 'grant', 'measure', 'priority', 'side', 'delegation', 'document', 'workspace'];

/** A workspace with one record of every kind, each with its parts, all owned by a user with an API token. */
export async function createFuzzWorld(db: Db): Promise<FuzzWorld> {
  const workspace = await createTestWorkspace(db, 'Fuzz');
  const owner = await createTestUser(db, { memberships: [[workspace.id, 'owner']], name: 'Fuzz owner' });
  const recordOwner = { workspaceId: workspace.id, creatorId: owner.id };
  const [partnerships, exchanges, networks, places, organizations, people, themes, plans, projects, programmes, grants, expenditures, monitors, documents] = await Promise.all([
    createPartnershipRecord(db, recordOwner, 'workspace'),
    createExchangeRecord(db, recordOwner, 'workspace'),
    createNetworkRecord(db, recordOwner, 'public'),
    createPlaceRecord(db, recordOwner, 'workspace'),
    createOrganizationRecord(db, recordOwner, 'workspace'),
    createPersonRecord(db, recordOwner, 'workspace'),
    createThemeRecord(db, recordOwner, 'workspace'),
    createPlanRecord(db, recordOwner, 'workspace'),
    createProjectRecord(db, recordOwner, 'workspace'),
    createProgrammeRecord(db, recordOwner, 'workspace'),
    createGrantRecord(db, recordOwner, 'workspace'),
    createExpenditureRecord(db, recordOwner, 'workspace'),
    createSelectedMonitorRecord(db, recordOwner, 'workspace'),
    createDocumentRecord(db, recordOwner, 'workspace'),
  ]);
  const memberId = await createNetworkMemberOf(db, networks, recordOwner);
  const visitProgramme = await createVisitProgrammeRecord(db, recordOwner, 'workspace');
  const programmePart = await createProgrammePartOf(db, visitProgramme, recordOwner);
  const invitation = await createLinkInvitation(db, workspace.id);
  const [priority] = await prioritiesOf(db, plans);
  const [side] = await sidesOf(db, plans);
  const pathIds: Record<string, string> = {
    'workspaces:id': workspace.id,
    'partnerships:id': partnerships,
    'exchanges:id': exchanges,
    'networks:id': networks,
    'places:id': places,
    'organizations:id': organizations,
    'people:id': people,
    'themes:id': themes,
    'thesaurus:id': await createThesaurusRecord(db, recordOwner, 'workspace'),
    'action-plans:id': plans,
    'projects:id': projects,
    'funding-programmes:id': programmes,
    'programmes:id': visitProgramme,
    exchangeId: programmePart,
    'grants:id': grants,
    'expenditures:id': expenditures,
    'area-monitors:id': monitors,
    'documents:id': documents,
    'tokens:id': await createTokenOf(db, owner.id),
    userId: await createExtraMember(db, workspace.id),
    invitationId: invitation.id,
    '/api/invitations/{token}': invitation.token,
    '/api/registration-invitations/{token}': await createInvitationLink(db, recordOwner),
    '/api/calendar-feeds/{token}.ics': await createCalendarFeedOf(db, owner.id),
    groupId: await createProjectGroupOf(db, partnerships),
    sessionId: await createSessionOf(db, exchanges),
    delegationId: await createDelegationOf(db, exchanges),
    outcomeId: await createOutcomeOf(db, exchanges),
    registrationId: await createRegistrationOf(db, exchanges, recordOwner),
    memberId,
    entryId: await createUnavailabilityOf(db, memberId),
    priorityId: priority!.id,
    measureId: (await firstMeasure(db, plans)).id,
    sideId: side!.id,
    number: '1',
    selectionId: (await selectionOf(db, monitors)).id,
    fileId: await createFileOf(db, documents),
    linkId: await createLinkOf(db, documents),
    commentId: await createCommentOf(db, documents, owner.id),
    proposalId: await createProposalOf(db, documents),
  };
  // Progress is reported on active plans; the other plan is a draft, so its parts can change.
  const activePlan = await createReportedPlanRecord(db, recordOwner, 'workspace');
  const activeMeasure = (await firstMeasure(db, activePlan)).id;
  Object.assign(pathIds, {
    '/api/action-plans/{id}/progress/{updateId}:id': activePlan,
    '/api/action-plans/{id}/progress/{updateId}:updateId': (await progressOf(db, activePlan)).id,
    '/api/action-plans/{id}/measures/{measureId}/progress:id': activePlan,
    '/api/action-plans/{id}/measures/{measureId}/progress:measureId': activeMeasure,
  });
  const byKind: Record<string, string[]> = {
    member: [memberId],
    group: [pathIds.groupId!],
    place: [places, demoId('place:leipzig'), demoId('place:kyiv'), demoId('place:gruenau')],
    organization: [organizations],
    person: [people],
    theme: [themes],
    partnership: [partnerships],
    exchange: [exchanges],
    network: [networks],
    project: [projects],
    programme: [programmes],
    grant: [grants],
    measure: [pathIds.measureId!],
    priority: [pathIds.priorityId!],
    side: [pathIds.sideId!],
    delegation: [pathIds.delegationId!],
    document: [documents],
    workspace: [workspace.id],
  };
  const idsByField: IdsByField = (field) => {
    const name = field.toLowerCase().replace(/ids?$/, '');
    const kind = FIELD_KINDS.find((candidate) => name.includes(candidate));
    // Fields such as parentId or recordId may name a record of any kind.
    return kind ? byKind[kind]! : Object.values(byKind).flat();
  };
  const pathIdOf: PathIdOf = (path, parameter) => {
    const particular = pathIds[`${path}:${parameter}`];
    if (particular) return particular;
    if (parameter === 'id') {
      const segments = path.split('/');
      return pathIds[`${segments[segments.indexOf('{id}') - 1]}:id`];
    }
    return pathIds[path] ?? (parameter === 'token' ? undefined : pathIds[parameter]);
  };
  return { workspaceId: workspace.id, ownerId: owner.id, pathIds, idsByField, pathIdOf };
}

export interface OwnerCredentials {
  bearer: string;
  cookie: string;
  csrfToken: string;
}

/**
 * Fresh ways in for the owner, before each operation: fuzzed changes may have revoked the token,
 * ended the session or changed the owner's role.
 */
export async function ownerCredentials(db: Db, world: FuzzWorld, sessionOf: (cookie: string) => Promise<{ csrfToken: string; cookie: string }>): Promise<OwnerCredentials> {
  await db
    .insert(memberships)
    .values({ workspaceId: world.workspaceId, userId: world.ownerId, role: 'owner' })
    .onConflictDoUpdate({ target: [memberships.workspaceId, memberships.userId], set: { role: 'owner' } });
  const token = generateSecretToken('sdt');
  await insertToken(db, { userId: world.ownerId, name: 'fuzz', scope: 'write', tokenHash: hashSecretToken(token), prefix: token.slice(0, 8) });
  const session = await startSession(db, world.ownerId, { userAgent: 'fuzz', ipAddress: null });
  const { csrfToken, cookie } = await sessionOf(`sd_session=${session}`);
  return { bearer: `Bearer ${token}`, cookie, csrfToken };
}
