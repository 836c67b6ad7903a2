/**
 * Where the names of a recorded code are translated: the first of these i18n prefixes that
 * knows the value wins. By kind of record first, then by field alone.
 */
const BY_RECORD: Record<string, Record<string, string[]>> = {
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
  area_monitor: { direction: ['areas.directions'] },
};

const BY_FIELD: Record<string, string[]> = {
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

export function enumPrefixes(entityType: string, field: string): string[] {
  return [...(BY_RECORD[entityType]?.[field] ?? []), ...(BY_FIELD[field] ?? [])];
}
