import type { LocalizedText, OrganizationKind, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import type { PersonRef } from '../people/personApi';
import type { ThemeRef } from '../themes/themeApi';
import type { DELEGATION_SECTORS, EXCHANGE_KINDS, EXCHANGE_STATUSES, ORGANIZATION_ROLES } from './exchangeEnums';

export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];
export type DelegationSector = (typeof DELEGATION_SECTORS)[number];

/** Where an exchange stands in a programme: part 2 of 3. */
export interface SeriesPosition {
  id: string;
  title: LocalizedText;
  part: number;
  plannedParts: number | null;
}

export interface ExchangeSummary {
  id: string;
  kind: ExchangeKind;
  title: LocalizedText;
  startDate: string;
  endDate: string;
  timeZone: string;
  status: ExchangeStatus;
  visibility: Visibility;
  venue: PlaceRef | null;
  venueName: string | null;
  partnershipId: string | null;
  networkId: string | null;
  series: SeriesPosition | null;
}

export interface Delegation {
  id: string;
  name: LocalizedText;
  fromPlace: PlaceRef | null;
  fromOrganization: OrganizationRef | null;
  sectors: DelegationSector[];
  size: number | null;
  note: LocalizedText;
  /** The country of the place, or of the organization's seat. */
  countryCode: string | null;
  /** Registrations that belong to the delegation; null for those who may not edit the exchange. */
  registrations: number | null;
}

export type SessionKind = 'talk' | 'discussion' | 'workshop' | 'project_group' | 'walking_tour' | 'site_visit' | 'reception' | 'break';
export type OutcomeKind = 'decision' | 'idea' | 'task';
export type OutcomeStatus = 'open' | 'in_progress' | 'done' | 'dropped';
export type RegistrationState = 'invited' | 'registered' | 'waitlisted' | 'confirmed' | 'attended' | 'cancelled';

export interface Stop {
  id: string;
  place: PlaceRef | null;
  startDate: string;
  endDate: string;
  siteVisits: LocalizedText[];
  note: LocalizedText;
}

export interface AgendaSession {
  id: string;
  day: string;
  startsAt: string | null;
  endsAt: string | null;
  startsAtUtc: string | null;
  kind: SessionKind;
  title: LocalizedText;
  description: LocalizedText;
  theme: ThemeRef | null;
  facilitator: PersonRef | null;
  projectGroupId: string | null;
  room: string | null;
}

export interface Outcome {
  id: string;
  kind: OutcomeKind;
  text: LocalizedText;
  owner: PersonRef | null;
  dueOn: string | null;
  status: OutcomeStatus;
  theme: ThemeRef | null;
  createdAt: string;
}

export interface Participation {
  capacity: number | null;
  counted: number;
  free: number | null;
  invited: number;
  waitlisted: number;
  confirmed: number;
  attended: number;
  cancelled: number;
}

export interface ExchangeDetail extends ExchangeSummary {
  workspaceId: string;
  canEdit: boolean;
  description: LocalizedText;
  capacity: number | null;
  reportedParticipants: number | null;
  organizations: { role: OrganizationRole; organization: OrganizationRef }[];
  delegations: Delegation[];
  themes: ThemeRef[];
  stops: Stop[];
  agenda: AgendaSession[];
  outcomes: Outcome[];
  hostNetworkMember: { id: string; place: PlaceRef | null; organization: OrganizationRef | null } | null;
  participation: Participation;
}

export interface Registration {
  id: string;
  exchangeId: string;
  person: PersonRef | null;
  email: string | null;
  delegationId: string | null;
  organization: OrganizationRef | null;
  countryCode: string | null;
  state: RegistrationState;
  registeredAt: string;
  stateChangedAt: string;
  invitedAt: string | null;
  respondedAt: string | null;
  confirmedAt: string | null;
  checkedInAt: string | null;
  cancelledAt: string | null;
  invitationPending: boolean;
  note: string | null;
}

export interface RegisterResult {
  items: Registration[];
  created: number;
  invitations: { registrationId: string; url: string; mailed: boolean }[];
}

export interface ParticipantSummary {
  participation: Participation;
  byCountry: { countryCode: string | null; count: number }[];
  byOrganizationKind: { kind: OrganizationKind | null; count: number }[];
}

export interface ExchangeFilters {
  kind?: ExchangeKind;
  status?: ExchangeStatus;
  partnershipId?: string;
  networkId?: string;
  order?: 'newest' | 'oldest';
}
