import { canEdit, requireRead } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { everyPage, type Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import { groupBy } from '../../core/records/group-by.js';
import type { ServiceContext } from '../../core/service-context.js';
import { findDisplayNames } from '../accounts/users.service.js';
import { listAuditEvents } from '../audit/audit.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { workspaceRefsByIds } from '../workspaces/workspace-refs.service.js';
import { presentOrganizationRef, presentPersonDetail, presentPersonRef, presentPersonSummary } from './actors.presenter.js';
import { findOrganizationsByIds } from './organizations.repository.js';
import type { OrganizationRef } from './organizations.schemas.js';
import { organizationRefsByIds } from './organizations.service.js';
import {
  findAffiliationRows,
  findPeopleByIds,
  findPersonIdsOfUser,
  findPersonRow,
  findPersonThemeIds,
  findSimilarPersonRows,
  listPersonRows,
  type AffiliationRow,
  type PersonRow,
} from './people.repository.js';
import type { PersonCandidate, PersonDetail, PersonListQuery, PersonRef, PersonSimilarQuery, PersonSummary } from './people.schemas.js';

const groupByPerson = (rows: AffiliationRow[]) => groupBy(rows, (row) => row.personId);

export function listPeople(ctx: ServiceContext, query: PersonListQuery): Promise<Page<PersonSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortName',
    rows: (tx, ctx, window) => listPersonRows(tx, ctx.viewer, query, window),
    present: async (shown, tx, ctx) => {
      const affiliations = await findAffiliationRows(tx, shown.map((row) => row.id));
      const organizations = await organizationRefsByIds(ctx, affiliations.map((row) => row.organizationId));
      const byPerson = groupByPerson(affiliations);
      return (row) => presentPersonSummary(row, byPerson.get(row.id) ?? [], organizations);
    },
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

/** A person as the detail view shows them, inside the caller's transaction. */
export async function presentPersonView(tx: DbExecutor, ctx: ServiceContext, row: PersonRow): Promise<PersonDetail> {
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
  return ctx.transaction(async (tx, ctx) => presentPersonView(tx, ctx, requireRead(ctx.viewer, await findPersonRow(tx, id), 'Person', id)));
}

/** Everything held about a person, as one JSON document (GDPR Art. 15 and 20). */
export async function exportPersonData(ctx: ServiceContext, id: string) {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    const person = await presentPersonView(tx, ctx, row);
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

export async function* exportPeople(ctx: ServiceContext, query: Omit<PersonListQuery, 'limit' | 'cursor'>): AsyncGenerator<PersonSummary[]> {
  yield* everyPage((cursor) => listPeople(ctx, { ...query, limit: 100, cursor }));
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
