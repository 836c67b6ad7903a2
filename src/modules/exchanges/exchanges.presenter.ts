import { pickFields } from '../../core/records/pick-fields.js';
import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { PersonRef } from '../actors/people.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { ThemeRef } from '../themes/themes.schemas.js';
import { zonedTimeToUtc } from './calendar/zoned-time.js';
import type {
  DelegationRow,
  ExchangeOrganizationRow,
  ExchangeRow,
  ExchangeSeriesRow,
  OutcomeRow,
  SessionRow,
  StopRow,
} from './exchanges.repository.js';
import type { AgendaSession, Delegation, ExchangeDetail, ExchangeSummary, Outcome, Participation } from './exchanges.schemas.js';
import { COUNTED_STATES, type RegistrationState } from './registrations.tables.js';

export interface ExchangeReferences {
  places: Map<string, PlaceRef>;
  organizations: Map<string, OrganizationRef>;
  series: Map<string, ExchangeSeriesRow>;
}

export function presentExchangeSummary(row: ExchangeRow, refs: ExchangeReferences): ExchangeSummary {
  const series = row.seriesId ? refs.series.get(row.seriesId) : undefined;
  return {
    ...pickFields(row, ['id', 'kind', 'title', 'startDate', 'endDate', 'timeZone', 'status', 'visibility']),
    venue: (row.venuePlaceId && refs.places.get(row.venuePlaceId)) || null,
    venueName: row.venueName,
    partnershipId: row.partnershipId,
    networkId: row.networkId,
    series:
      series && row.seriesPart !== null
        ? { id: series.id, title: series.title, part: row.seriesPart, plannedParts: series.plannedParts }
        : null,
  };
}

const clock = (time: string | null) => (time ? time.slice(0, 5) : null);

export function presentSession(row: SessionRow, timeZone: string, refs: { themes: Map<string, ThemeRef>; people: Map<string, PersonRef> }): AgendaSession {
  return {
    id: row.id,
    day: row.day,
    startsAt: clock(row.startsAt),
    endsAt: clock(row.endsAt),
    startsAtUtc: row.startsAt ? zonedTimeToUtc(row.day, row.startsAt, timeZone).toISOString() : null,
    kind: row.kind,
    title: row.title,
    description: row.description,
    theme: (row.themeId && refs.themes.get(row.themeId)) || null,
    facilitator: (row.facilitatorPersonId && refs.people.get(row.facilitatorPersonId)) || null,
    projectGroupId: row.projectGroupId,
    room: row.room,
  };
}

export function presentOutcome(row: OutcomeRow, refs: { themes: Map<string, ThemeRef>; people: Map<string, PersonRef> }): Outcome {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    owner: (row.ownerPersonId && refs.people.get(row.ownerPersonId)) || null,
    dueOn: row.dueOn,
    status: row.status,
    theme: (row.themeId && refs.themes.get(row.themeId)) || null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentParticipation(capacity: number | null, counts: Partial<Record<RegistrationState, number>>): Participation {
  const counted = COUNTED_STATES.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
  return {
    capacity,
    counted,
    free: capacity === null ? null : Math.max(0, capacity - counted),
    invited: counts.invited ?? 0,
    waitlisted: counts.waitlisted ?? 0,
    confirmed: counts.confirmed ?? 0,
    attended: counts.attended ?? 0,
    cancelled: counts.cancelled ?? 0,
  };
}

export interface ExchangeProgramme {
  workspaceId: string;
  canEdit: boolean;
  themes: ThemeRef[];
  stops: StopRow[];
  sessions: SessionRow[];
  outcomes: OutcomeRow[];
  people: Map<string, PersonRef>;
  themesById: Map<string, ThemeRef>;
  hostNetworkMember: ExchangeDetail['hostNetworkMember'];
  participation: Participation;
  delegationRefs: DelegationReferences;
}

export function presentExchangeDetail(
  row: ExchangeRow,
  refs: ExchangeReferences,
  organizationRoles: ExchangeOrganizationRow[],
  delegations: DelegationRow[],
  programme: ExchangeProgramme,
): ExchangeDetail {
  const linked = { themes: programme.themesById, people: programme.people };
  return {
    ...presentExchangeSummary(row, refs),
    workspaceId: programme.workspaceId,
    canEdit: programme.canEdit,
    themes: programme.themes,
    stops: programme.stops.map((stop) => ({
      id: stop.id,
      place: refs.places.get(stop.placeId) ?? null,
      startDate: stop.startDate,
      endDate: stop.endDate,
      siteVisits: stop.siteVisits,
      note: stop.note,
    })),
    agenda: programme.sessions.map((session) => presentSession(session, row.timeZone, linked)),
    outcomes: programme.outcomes.map((outcome) => presentOutcome(outcome, linked)),
    hostNetworkMember: programme.hostNetworkMember,
    participation: programme.participation,
    description: row.description,
    capacity: row.capacity,
    reportedParticipants: row.reportedParticipants,
    organizations: organizationRoles.flatMap((entry) => {
      const organization = refs.organizations.get(entry.organizationId);
      return organization ? [{ role: entry.role, organization }] : [];
    }),
    delegations: delegations.map((delegation) => presentDelegationRow(delegation, programme.delegationRefs)),
  };
}

export interface DelegationReferences {
  places: Map<string, PlaceRef>;
  /** Organizations with the country of their seat. */
  organizations: Map<string, OrganizationRef & { countryCode: string | null }>;
  /** Null when the viewer may not know them. */
  registrations: Map<string, number> | null;
}

/** A delegation with where it comes from; an organization's delegation takes the country of the organization's seat. */
export function presentDelegationRow(row: DelegationRow, refs: DelegationReferences): Delegation {
  const fromPlace = (row.fromPlaceId && refs.places.get(row.fromPlaceId)) || null;
  const organization = (row.fromOrganizationId && refs.organizations.get(row.fromOrganizationId)) || null;
  const { countryCode: seatCountry = null, ...fromOrganization } = organization ?? {};
  return {
    id: row.id,
    name: row.name,
    fromPlace,
    fromOrganization: organization ? (fromOrganization as OrganizationRef) : null,
    sectors: row.sectors,
    size: row.size,
    note: row.note,
    countryCode: fromPlace?.countryCode ?? seatCountry,
    registrations: refs.registrations ? (refs.registrations.get(row.id) ?? 0) : null,
  };
}

/** What the history keeps of an agenda session, an outcome and a delegation. */
export const auditedSession = (row: SessionRow) => ({
  ...pickFields(row, ['exchangeId', 'day', 'startsAt', 'endsAt', 'kind', 'title', 'description', 'themeId', 'facilitatorPersonId', 'projectGroupId', 'room']),
});

export const auditedOutcome = (row: OutcomeRow) => ({
  ...pickFields(row, ['exchangeId', 'kind', 'text', 'ownerPersonId', 'dueOn', 'status', 'themeId']),
});

export const auditedDelegation = (row: DelegationRow) => ({
  ...pickFields(row, ['exchangeId', 'name', 'fromPlaceId', 'fromOrganizationId', 'sectors', 'size', 'note']),
});

/** A delegation's own name for lists of changes; one without shows its origin, named where the change is shown. */
export const delegationLabel = (row: DelegationRow) => [row.name.de, row.name.en, row.name.uk, ...Object.values(row.name)].find((text) => text?.trim()) ?? null;
