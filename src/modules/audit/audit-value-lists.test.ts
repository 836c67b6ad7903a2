import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableColumns, type Table } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { EXPORT_LANGUAGES, labelsOf } from '../../core/export/export-labels.js';
import { users } from '../accounts/users.tables.js';
import { apiTokens } from '../api-tokens/api-tokens.tables.js';
import { organizations } from '../actors/organizations.tables.js';
import { people } from '../actors/people.tables.js';
import { areaIndicators, areaMonitors } from '../areas/areas.tables.js';
import { agendaSessions, exchangeOutcomes } from '../exchanges/exchange-program.tables.js';
import { exchangeDelegations, exchangeOrganizations, exchanges } from '../exchanges/exchanges.tables.js';
import { exchangeRegistrations } from '../exchanges/registrations.tables.js';
import { expenditures, fundingProgrammes, grants } from '../funding/funding.tables.js';
import { documentComments, documents } from '../knowledge/documents/documents.tables.js';
import { matchingIntroductions } from '../matching/introductions.tables.js';
import { matchingItems, matchingProfiles } from '../matching/matching.tables.js';
import { networks } from '../networks/networks.tables.js';
import { partnerships, projectGroupMembers, projectGroups } from '../partnerships/partnerships.tables.js';
import { places } from '../places/places.tables.js';
import { actionPlanMeasures, actionPlans, measureProgressUpdates } from '../plans/plans.tables.js';
import { projectPartners, projects } from '../projects/projects.tables.js';
import { themes } from '../themes/themes.tables.js';
import { invitations, memberships, workspaces } from '../workspaces/workspaces.tables.js';
import { HIDDEN_AUDIT_FIELDS, valueListsOf } from './audit-value-lists.js';

/** The tables whose columns the history of each kind of record holds (the record and its parts). */
const RECORDED: Record<string, Table[]> = {
  document: [documents],
  document_comment: [documentComments],
  exchange: [exchanges, exchangeOrganizations, agendaSessions, exchangeOutcomes],
  exchange_delegation: [exchangeDelegations],
  registration: [exchangeRegistrations],
  partnership: [partnerships],
  project_group: [projectGroups, projectGroupMembers],
  organization: [organizations],
  person: [people],
  place: [places],
  action_plan: [actionPlans, actionPlanMeasures, measureProgressUpdates],
  project: [projects, projectPartners],
  network: [networks],
  grant: [grants],
  expenditure: [expenditures],
  funding_programme: [fundingProgrammes],
  area_monitor: [areaMonitors, areaIndicators],
  matching_profile: [matchingProfiles],
  matching_item: [matchingItems],
  matching_introduction: [matchingIntroductions],
  theme: [themes],
  workspace: [workspaces],
  membership: [memberships],
  invitation: [invitations],
  user: [users],
  api_token: [apiTokens],
};
/** Values the history names without a list: languages by their names in the reader's language. */
const NAMED_OTHERWISE = new Set(['language', 'languages']);
/** Columns a history never holds (secrets kept only as hashes, and what only the database uses). */
const NEVER_RECORDED = new Set(['passwordHash', 'tokenHash', 'secretHash', 'hash', 'documentId', 'exchangeId', 'partnershipId', 'actionPlanId', 'areaMonitorId', 'projectGroupId', 'projectId', 'profileId', 'measureId']);

const webAuditFields = (language: string) =>
  (JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../web/src/i18n/${language}.json`), 'utf8')) as { audit: { fields: Record<string, string> } }).audit.fields;

const recordedColumns = () =>
  Object.entries(RECORDED).flatMap(([entityType, tables]) =>
    tables.flatMap((table, index) =>
      Object.entries(getTableColumns(table))
        .filter(([field]) => !HIDDEN_AUDIT_FIELDS.includes(field))
        .map(([field, column]) => ({ entityType, field, column, ofThePart: index > 0 })),
    ),
  );

describe('the history names every recorded value in the reader’s language', () => {
  it('names every code a record’s history holds through a list of its own kind of record, in German, English and Ukrainian', () => {
    const unnamed: string[] = [];
    for (const { entityType, field, column, ofThePart } of recordedColumns()) {
      const codes: readonly string[] | undefined = (column as { enumValues?: readonly string[] }).enumValues;
      if (!codes?.length || NAMED_OTHERWISE.has(field)) continue;
      for (const language of EXPORT_LANGUAGES) {
        const lists: Record<string, string>[] = valueListsOf(entityType, field).map((list) => labelsOf(language).values[list] as Record<string, string>);
        for (const code of codes) {
          // The first list that knows the code names it: for the record's own fields it has to be
          // the list of this field's codes (a part's code may share its name with the record's).
          const first: Record<string, string> | undefined = lists.find((names) => names[code] !== undefined);
          const rightList = first !== undefined && (ofThePart || codes.every((other) => first[other] !== undefined));
          if (!rightList) unnamed.push(`${entityType}.${field}=${code} (${language})`);
        }
      }
    }
    expect(unnamed).toEqual([]);
  });

  it('has a label for every field a record’s history holds, in German, English and Ukrainian', () => {
    const unlabelled = new Set<string>();
    for (const language of ['de', 'en', 'uk']) {
      const labels = webAuditFields(language);
      for (const { field } of recordedColumns()) {
        if (!NEVER_RECORDED.has(field) && !labels[field]) unlabelled.add(`${field} (${language})`);
      }
      // Recorded besides the columns: a document's links, one link made or removed, extraction done.
      for (const field of ['links', 'linked', 'proposalsExtracted']) if (!labels[field]) unlabelled.add(`${field} (${language})`);
    }
    expect([...unlabelled]).toEqual([]);
  });
});
