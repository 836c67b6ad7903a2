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
  document: { kind: ['documents.kinds'] },
  action_plan: { status: ['plans.status', 'plans.progress'], scope: ['plans.scopes'] },
  project: { status: ['projects.statuses'], role: ['projects.roles'] },
  network: { kind: ['enums.networkKind'] },
  grant: { status: ['funding.grantStatus'] },
  funding_programme: { level: ['funding.levels'] },
  area_monitor: { direction: ['areas.directions'] },
  project_group: { status: ['enums.projectGroupStatus'], role: ['enums.projectGroupRole'] },
  membership: { role: ['enums.workspaceRole'] },
  invitation: { role: ['enums.workspaceRole'] },
  document_comment: { state: ['comments.states'] },
  matching_profile: { partnershipTypes: ['matching.partnershipType'] },
  matching_item: { direction: ['matchingDirectory.direction'], kind: ['matching.kind'], urgency: ['matching.urgency'] },
  matching_introduction: {
    state: ['introductions.state'],
    fromAnswer: ['introductions.answer'],
    toAnswer: ['introductions.answer'],
    partnershipType: ['matching.partnershipType'],
  },
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

/** Fields holding the kind of a linked record (`place`), named as the audit log names kinds of records. */
export const RECORD_TYPE_FIELDS: readonly string[] = ['recordType', 'entityType'];

/**
 * Bookkeeping fields a reader of a history never needs: derived from what is shown, or internal
 * (`sincePrecision` is shown with `since`; `invitation` is the id a membership came from; `origin`
 * says how a record or link came about). The web app's history hides the same (copied by `npm run api:types`).
 */
export const HIDDEN_AUDIT_FIELDS: readonly string[] = [
  'id',
  'createdAt',
  'updatedAt',
  'workspaceId',
  'createdBy',
  'sincePrecision',
  'invitation',
  'sortName',
  'sortTitle',
  'sortDate',
  'searchText',
  'searchKey',
  'plainKey',
  'reversedKey',
  'contentHash',
  'extractedFrom',
  'extractedAt',
  'extractedText',
  'extractionJobId',
  'extractionState',
  'languageSource',
  'boundary',
  'consentRecordedAt',
  'consentRecordedBy',
  'erasedAt',
  'origin',
  'searchVector',
  'plainText',
  'invitationTokenHash',
  'lastUsedAt',
  'stateChangedAt',
  'editedAt',
  'revision',
  'currentVersion',
  'prefix',
];

export function valueListsOf(entityType: string, field: string): ValueList[] {
  return [...(VALUE_LISTS_BY_RECORD[entityType]?.[field] ?? []), ...(VALUE_LISTS_BY_FIELD[field] ?? [])];
}
