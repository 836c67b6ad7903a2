import { canEdit, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { invalidField, validationFailed } from '../../core/errors.js';
import { decodeSortCursor, toPage, type Page } from '../../core/http/pagination.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { ServiceContext } from '../../core/service-context.js';
import { findDisplayNames } from '../accounts/users.service.js';
import { auditTrail, listAuditEvents, recordAuditEvent } from '../audit/audit.service.js';
import { mergeRecords, requireMergeTarget, undoMergeOf } from '../merging/merging.service.js';
import { requireVisibleThemes, themeRefsByIds } from '../themes/themes.service.js';
import { ANONYMISED, auditedPerson, presentOrganizationRef, presentPersonDetail, presentPersonRef, presentPersonSummary } from './actors.presenter.js';
import { findOrganizationsByIds } from './organizations.repository.js';
import type { OrganizationRef } from './organizations.schemas.js';
import { organizationRefsByIds } from './organizations.service.js';
import {
  deletePersonRow,
  findAffiliationRows,
  findPeopleByIds,
  findPersonIdsOfUser,
  findPersonRow,
  findPersonThemeIds,
  findSimilarPersonRows,
  insertPersonRow,
  listPersonRows,
  redactPersonHistory,
  replaceAffiliations,
  replacePersonThemeIds,
  updatePersonRow,
  type AffiliationRow,
  type PersonInsert,
  type PersonRow,
} from './people.repository.js';
import type { PersonCandidate, PersonCreate, PersonDetail, PersonListQuery, PersonRef, PersonSimilarQuery, PersonSummary, PersonUpdate } from './people.schemas.js';
import { workspaceRefsByIds } from '../workspaces/workspace-refs.service.js';
import { actorConflict } from './actors.errors.js';

const personAudit = auditTrail<PersonRow>('person', (row) => `${row.givenName} ${row.familyName}`);

const groupByPerson = (rows: AffiliationRow[]) => {
  const grouped = new Map<string, AffiliationRow[]>();
  for (const row of rows) grouped.set(row.personId, [...(grouped.get(row.personId) ?? []), row]);
  return grouped;
};

export async function listPeople(ctx: ServiceContext, query: PersonListQuery): Promise<Page<PersonSummary>> {
  const after = decodeSortCursor(query.cursor, 'sortName');
  return ctx.transaction(async (tx, ctx) => {
    const rows = await listPersonRows(tx, ctx.viewer, query, { limit: query.limit, after });
    const affiliations = await findAffiliationRows(tx, rows.slice(0, query.limit).map((row) => row.id));
    const organizations = await organizationRefsByIds(ctx, affiliations.map((row) => row.organizationId));
    const byPerson = groupByPerson(affiliations);
    return toPage(rows, query.limit, (row) => [row.sortName, row.id], (row) => presentPersonSummary(row, byPerson.get(row.id) ?? [], organizations));
  });
}

/** The people the viewer can see that a new entry of this name would likely duplicate, with their current organizations and workspace. */
export async function similarPeople(ctx: ServiceContext, query: PersonSimilarQuery): Promise<PersonCandidate[]> {
  return ctx.transaction(async (tx, ctx) => {
    const rows = await findSimilarPersonRows(tx, ctx.viewer, query, query.limit);
    const affiliations = await findAffiliationRows(tx, rows.map((row) => row.id));
    const organizations = await organizationRefsByIds(ctx, affiliations.map((row) => row.organizationId));
    const workspaces = await workspaceRefsByIds(ctx, rows.map((row) => row.workspaceId));
    const byPerson = groupByPerson(affiliations);
    return rows.map((row) => {
      const workspace = workspaces.get(row.workspaceId);
      return { ...presentPersonSummary(row, byPerson.get(row.id) ?? [], organizations), workspace: workspace ? { id: workspace.id, name: workspace.name } : null };
    });
  });
}

async function presentDetail(tx: DbExecutor, ctx: ServiceContext, row: PersonRow): Promise<PersonDetail> {
  const affiliations = await findAffiliationRows(tx, [row.id]);
  const themeIds = (await findPersonThemeIds(tx, [row.id])).get(row.id) ?? [];
  const themes = await themeRefsByIds(ctx, themeIds);
  const recordedBy = row.consentRecordedBy ? ((await findDisplayNames(tx, [row.consentRecordedBy])).get(row.consentRecordedBy) ?? null) : null;
  return presentPersonDetail(row, {
    affiliations,
    organizations: await organizationRefsByIds(ctx, affiliations.map((affiliation) => affiliation.organizationId)),
    themes: themeIds.flatMap((id) => (themes.has(id) ? [themes.get(id)!] : [])),
    recordedBy,
    canEdit: canEdit(ctx.viewer, row),
  });
}

export async function getPerson(ctx: ServiceContext, id: string): Promise<PersonDetail> {
  return ctx.transaction(async (tx, ctx) => presentDetail(tx, ctx, requireRead(ctx.viewer, await findPersonRow(tx, id), 'Person', id)));
}

async function validateLinks(ctx: ServiceContext, input: { affiliations?: { organizationId: string }[]; themeIds?: string[] }): Promise<void> {
  if (input.affiliations) {
    const organizations = await organizationRefsByIds(ctx, input.affiliations.map((affiliation) => affiliation.organizationId));
    const issues = input.affiliations.flatMap((affiliation, index) =>
      organizations.has(affiliation.organizationId) ? [] : [{ field: `body.affiliations.${index}.organizationId`, code: 'unknown_reference' as const, message: 'refers to no organization you can see' }],
    );
    if (issues.length > 0) throw validationFailed(issues);
  }
  if (input.themeIds) await requireVisibleThemes(ctx, input.themeIds, 'body.themeIds');
}

const affiliationRows = (input: NonNullable<PersonCreate['affiliations']>) =>
  input.map((affiliation) => ({
    organizationId: affiliation.organizationId,
    role: affiliation.role ?? null,
    fromDate: affiliation.from ?? null,
    toDate: affiliation.to ?? null,
  }));

/**
 * Enters a person. Someone entering another person records the lawful basis for holding their
 * data (consent, contract, legitimate interest, public task); who recorded it and when is kept.
 */
export async function createPerson(ctx: ServiceContext, input: PersonCreate): Promise<PersonDetail> {
  return ctx.transaction(async (tx, ctx) => {
    requireCreateIn(ctx.viewer, input.workspaceId);
    const actor = userIdOf(ctx.viewer);
    if (!input.self && !input.consent) {
      throw invalidField('body.consent', 'consent_required', 'is required when you enter someone else: record the lawful basis for holding their data');
    }
    await validateLinks(ctx, input);
    const row = await insertPersonRow(tx, {
      workspaceId: input.workspaceId,
      visibility: input.visibility ?? 'workspace',
      createdBy: actor,
      givenName: input.givenName,
      familyName: input.familyName,
      honorific: input.honorific ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      languages: input.languages ?? [],
      notes: input.notes ?? null,
      userId: input.self ? actor : null,
      ...(input.consent
        ? {
            consentBasis: input.consent.basis,
            consentObtainedOn: input.consent.obtainedOn ?? null,
            consentNote: input.consent.note ?? null,
            consentRecordedBy: actor,
            consentRecordedAt: new Date(),
          }
        : {}),
    });
    await replaceAffiliations(tx, row.id, affiliationRows(input.affiliations ?? []));
    await replacePersonThemeIds(tx, row.id, input.themeIds ?? []);
    await personAudit.created(tx, ctx, row, auditedPerson(row, { themeIds: input.themeIds ?? [], affiliations: await findAffiliationRows(tx, [row.id]) }));
    return presentDetail(tx, ctx, row);
  });
}

export async function updatePerson(ctx: ServiceContext, id: string, input: PersonUpdate): Promise<PersonDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    if (before.erasedAt) throw actorConflict('person_erased', 'This person has been erased; their record holds no personal data any more');
    await validateLinks(ctx, input);
    const affiliationsBefore = await findAffiliationRows(tx, [id]);
    const themesBefore = (await findPersonThemeIds(tx, [id])).get(id) ?? [];
    const changes: Partial<PersonInsert> = {};
    for (const field of ['givenName', 'familyName', 'honorific', 'email', 'phone', 'languages', 'notes', 'visibility'] as const) {
      if (input[field] !== undefined) (changes as Record<string, unknown>)[field] = input[field];
    }
    if (input.consent) {
      Object.assign(changes, {
        consentBasis: input.consent.basis,
        consentObtainedOn: input.consent.obtainedOn ?? null,
        consentNote: input.consent.note ?? null,
        consentRecordedBy: userIdOf(ctx.viewer),
        consentRecordedAt: new Date(),
      });
    }
    const row = await updatePersonRow(tx, id, changes);
    if (input.affiliations) await replaceAffiliations(tx, id, affiliationRows(input.affiliations));
    if (input.themeIds) await replacePersonThemeIds(tx, id, input.themeIds);
    await personAudit.updated(tx, ctx, row, auditedPerson(before, { themeIds: themesBefore, affiliations: affiliationsBefore }), auditedPerson(row, { themeIds: input.themeIds ?? themesBefore, affiliations: await findAffiliationRows(tx, [id]) }));
    return presentDetail(tx, ctx, row);
  });
}

export async function deletePerson(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    await redactPersonHistory(tx, id);
    await deletePersonRow(tx, id);
    await recordAuditEvent(tx, ctx, { workspaceId: before.workspaceId, action: 'delete', entityType: 'person', entityId: id, label: null, before: null });
  });
}

/** Everything held about a person, as one JSON document (GDPR Art. 15 and 20). */
export async function exportPersonData(ctx: ServiceContext, id: string) {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    const person = await presentDetail(tx, ctx, row);
    const history = await listAuditEvents(tx, { entityType: 'person', entityId: id }, { limit: 1000 });
    return {
      exportedAt: new Date().toISOString(),
      person,
      history: history.map((event) => ({
        at: event.occurredAt.toISOString(),
        action: event.action,
        actorKind: event.actorKind,
        before: event.before,
        after: event.after,
      })),
    };
  });
}

/**
 * Erases a person (GDPR Art. 17): names, contacts, notes, languages and themes go, and so do the
 * values in the record's history; the record stays as an anonymous placeholder, so organizations
 * keep the count and roles of their affiliations.
 */
export async function erasePerson(ctx: ServiceContext, id: string): Promise<PersonDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    if (before.erasedAt) throw actorConflict('person_erased', 'This person has been erased already');
    const row = await updatePersonRow(tx, id, {
      givenName: ANONYMISED,
      familyName: '',
      honorific: null,
      email: null,
      phone: null,
      languages: [],
      notes: null,
      userId: null,
      consentBasis: null,
      consentObtainedOn: null,
      consentNote: null,
      consentRecordedBy: null,
      consentRecordedAt: null,
      erasedAt: new Date(),
    });
    await replacePersonThemeIds(tx, id, []);
    await redactPersonHistory(tx, id);
    await recordAuditEvent(tx, ctx, {
      workspaceId: row.workspaceId,
      action: 'update',
      entityType: 'person',
      entityId: id,
      label: ANONYMISED,
      before: { erased: false },
      after: { erased: true, erasedAt: row.erasedAt },
    });
    return presentDetail(tx, ctx, row);
  });
}

export async function mergePerson(ctx: ServiceContext, id: string, intoId: string) {
  return ctx.transaction(async (tx, ctx) => {
    const from = requireEdit(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    const into = requireMergeTarget(ctx.viewer, await findPersonRow(tx, intoId), 'person', 'edit');
    return mergeRecords(tx, ctx, {
      table: 'people',
      entityType: 'person',
      fromId: id,
      intoId,
      label: `${into.givenName} ${into.familyName}`,
      workspaceId: from.workspaceId,
      mergedRecord: auditedPerson(from),
    });
  });
}

export const undoPersonMerge = undoMergeOf('person');

export async function* exportPeople(ctx: ServiceContext, query: Omit<PersonListQuery, 'limit' | 'cursor'>): AsyncGenerator<PersonSummary[]> {
  let cursor: string | undefined;
  do {
    const page = await listPeople(ctx, { ...query, limit: 100, cursor });
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Short descriptions of the people other modules link to, for the ones the viewer may see. */
export async function personRefsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, PersonRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (unique.length === 0) return new Map();
  const rows = await ctx.transaction((tx) => findPeopleByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, presentPersonRef(row)]));
}

/** What an exchange records about a participant: contacts, and the organization they currently work for. */
export interface ParticipantFacts extends PersonRef {
  email: string | null;
  phone: string | null;
  userId: string | null;
  languages: string[];
  organization: (OrganizationRef & { countryCode: string | null }) | null;
}

export async function participantFactsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, ParticipantFacts>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (unique.length === 0) return new Map();
  return ctx.transaction(async (tx, ctx) => {
    const rows = await findPeopleByIds(tx, ctx.viewer, unique);
    const affiliations = await findAffiliationRows(tx, rows.map((row) => row.id));
    const currentOrganization = new Map<string, string>();
    for (const affiliation of affiliations) {
      if (affiliation.toDate === null && !currentOrganization.has(affiliation.personId)) currentOrganization.set(affiliation.personId, affiliation.organizationId);
    }
    const organizations = new Map(
      (await findOrganizationsByIds(tx, ctx.viewer, [...new Set(currentOrganization.values())])).map((row) => [row.id, row]),
    );
    return new Map(
      rows.map((row) => {
        const organization = organizations.get(currentOrganization.get(row.id) ?? '');
        return [
          row.id,
          {
            ...presentPersonRef(row),
            email: row.email,
            phone: row.phone,
            userId: row.userId,
            languages: row.languages,
            organization: organization ? { ...presentOrganizationRef(organization), countryCode: organization.countryCode } : null,
          },
        ];
      }),
    );
  });
}

/** The people linked to a user account (someone who entered themselves, or was linked later). */
export async function personIdsOfUser(ctx: ServiceContext, userId: string): Promise<string[]> {
  return ctx.transaction(async (tx) => findPersonIdsOfUser(tx, userId));
}
