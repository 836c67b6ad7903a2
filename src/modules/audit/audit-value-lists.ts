import type { ValueList } from '../../core/export/export-labels.js';

/**
 * Where the names of a recorded code are found: the first list that knows the value wins. By kind
 * of record first, then by field alone. The web app's history uses the same tables (`npm run
 * api:types` writes them to web/src/lib/api/auditValueLists.ts).
 */
export const VALUE_LISTS_BY_RECORD: Record<string, Record<string, ValueList[]>> = {
  partnership: { kind: ['enums.partnershipKind'], status: ['enums.partnershipStatus'] },
  exchange: { kind: ['enums.exchangeKind'], status: ['enums.exchangeStatus'] },
  organization: { kind: ['enums.organizationKind'] },
  place: { kind: ['enums.placeKind'] },
  action_plan: { status: ['plans.status'] },
  project: { status: ['projects.statuses'] },
  grant: { status: ['funding.grantStatus'] },
  project_group: { status: ['enums.projectGroupStatus'], role: ['enums.projectGroupRole'] },
  membership: { role: ['enums.workspaceRole'] },
  invitation: { role: ['enums.workspaceRole'] },
  document_comment: { state: ['comments.states'] },
};

export const VALUE_LISTS_BY_FIELD: Record<string, ValueList[]> = {
  role: ['enums.workspaceRole', 'enums.organizationRole', 'projects.roles'],
  state: ['enums.registrationState'],
  kind: ['enums.partnershipKind', 'enums.exchangeKind', 'enums.organizationKind', 'enums.placeKind', 'enums.sessionKind', 'enums.outcomeKind'],
  status: ['enums.outcomeStatus', 'projects.phaseStatuses'],
  consentBasis: ['enums.consentBasis'],
  cadence: ['enums.networkCadence'],
  sectors: ['enums.delegationSector'],
  visibility: ['enums.visibility'],
  scope: ['enums.tokenScope'],
};

export function valueListsOf(entityType: string, field: string): ValueList[] {
  return [...(VALUE_LISTS_BY_RECORD[entityType]?.[field] ?? []), ...(VALUE_LISTS_BY_FIELD[field] ?? [])];
}
