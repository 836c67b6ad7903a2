import type { OrganizationRef, PlaceRef } from '../../lib/api/types';
import type { PersonRef } from '../people/personApi';
import type { MatchingItem, ProfileSubject, SoughtPartnershipType } from './matchingTypes';

export const INTRODUCTION_STATES = ['requested', 'accepted', 'met', 'partnered', 'declined'] as const;
export type IntroductionState = (typeof INTRODUCTION_STATES)[number];
export type IntroductionAnswer = 'pending' | 'accepted' | 'declined';

export interface IntroductionSide {
  profileId: string | null;
  subject: ProfileSubject;
  place: PlaceRef | null;
  organization: OrganizationRef | null;
  person: PersonRef | null;
  answer: IntroductionAnswer;
  answerMessage: string | null;
  canAnswer: boolean;
}

export interface Introduction {
  id: string;
  state: IntroductionState;
  brokered: boolean;
  requestedBy: { id: string; name: string } | null;
  from: IntroductionSide;
  to: IntroductionSide;
  need: MatchingItem | null;
  message: string;
  proposedDate: string | null;
  meeting: { exchangeId: string | null; date: string } | null;
  partnership: { id: string | null; type: SoughtPartnershipType } | null;
  canMarkMet: boolean;
  canPartner: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Pipeline {
  workspaceId: string;
  counts: Record<IntroductionState, number>;
  items: Introduction[];
}
