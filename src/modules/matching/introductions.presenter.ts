import { canCreateIn } from '../../core/auth/policy.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { PersonRef } from '../actors/people.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { ThemeRef } from '../themes/themes.schemas.js';
import type { IntroductionRow } from './introductions.repository.js';
import type { Introduction } from './introductions.schemas.js';
import type { MatchingItemRow } from './matching.repository.js';
import { presentItem } from './matching.presenter.js';

export interface IntroductionReferences {
  places: Map<string, PlaceRef>;
  organizations: Map<string, OrganizationRef>;
  people: Map<string, PersonRef>;
  /** Profiles the viewer may read: only those are linked. */
  readableProfileIds: Set<string>;
  /** Needs of readable profiles. */
  needs: Map<string, MatchingItemRow>;
  themes: Map<string, ThemeRef>;
  workspaceNames: Map<string, string>;
  /** Meetings the viewer may open. */
  readableExchangeIds: Set<string>;
  readablePartnershipIds: Set<string>;
}

export const isBrokered = (row: IntroductionRow) => row.workspaceId !== row.fromWorkspaceId;

/** The side the viewer answers for now, if any: the side asked first, then (when brokered) the side brokered for. */
export function pendingSideOf(viewer: Viewer, row: IntroductionRow): 'from' | 'to' | null {
  if (row.state !== 'requested') return null;
  if (row.toAnswer === 'pending' && canCreateIn(viewer, row.toWorkspaceId)) return 'to';
  if (isBrokered(row) && row.fromAnswer === 'pending' && canCreateIn(viewer, row.fromWorkspaceId)) return 'from';
  return null;
}

/** Actors on a side may move it on; the agency asked for it but does not sign for either. */
export const actsForASide = (viewer: Viewer, row: IntroductionRow) => canCreateIn(viewer, row.fromWorkspaceId) || canCreateIn(viewer, row.toWorkspaceId);

function side(row: IntroductionRow, which: 'from' | 'to', viewer: Viewer, refs: IntroductionReferences): Introduction['from'] {
  const profileId = which === 'from' ? row.fromProfileId : row.toProfileId;
  const placeId = which === 'from' ? row.fromPlaceId : row.toPlaceId;
  const organizationId = which === 'from' ? row.fromOrganizationId : row.toOrganizationId;
  const personId = which === 'from' ? row.fromPersonId : row.toPersonId;
  return {
    profileId: profileId && refs.readableProfileIds.has(profileId) ? profileId : null,
    subject: placeId ? 'municipality' : organizationId ? 'organization' : 'expert',
    place: placeId ? (refs.places.get(placeId) ?? null) : null,
    organization: organizationId ? (refs.organizations.get(organizationId) ?? null) : null,
    person: personId ? (refs.people.get(personId) ?? null) : null,
    answer: which === 'from' ? row.fromAnswer : row.toAnswer,
    answerMessage: which === 'from' ? row.fromAnswerMessage : row.toAnswerMessage,
    canAnswer: pendingSideOf(viewer, row) === which,
  };
}

export function presentIntroduction(row: IntroductionRow, viewer: Viewer, refs: IntroductionReferences): Introduction {
  const need = row.needId ? refs.needs.get(row.needId) : undefined;
  return {
    id: row.id,
    state: row.state,
    brokered: isBrokered(row),
    requestedBy: refs.workspaceNames.has(row.workspaceId) ? { id: row.workspaceId, name: refs.workspaceNames.get(row.workspaceId)! } : null,
    from: side(row, 'from', viewer, refs),
    to: side(row, 'to', viewer, refs),
    need: need ? presentItem(need, refs.themes) : null,
    message: row.message,
    proposedDate: row.proposedDate,
    meeting: row.meetingDate
      ? { exchangeId: row.meetingExchangeId && refs.readableExchangeIds.has(row.meetingExchangeId) ? row.meetingExchangeId : null, date: row.meetingDate }
      : null,
    partnership: row.partnershipType
      ? { id: row.partnershipId && refs.readablePartnershipIds.has(row.partnershipId) ? row.partnershipId : null, type: row.partnershipType }
      : null,
    canMarkMet: row.state === 'accepted' && actsForASide(viewer, row),
    canPartner: row.state === 'met' && actsForASide(viewer, row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
