import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, QueryOf, ResponseOf } from '../../lib/api/contract';
import type { paths } from '../../lib/api/schema';

export type MatchingProfileSummary = ResponseOf<'/api/matching/profiles'>['items'][number];
export type MatchingProfileDetail = ResponseOf<'/api/matching/profiles/{id}'>;
export type MatchingItem = MatchingProfileDetail['needs'][number];
export type MatchingItemKind = MatchingItem['kind'];
export type Urgency = MatchingItem['urgency'];
export type SoughtPartnershipType = MatchingProfileSummary['partnershipTypes'][number];
export type PastExchange = MatchingProfileDetail['pastExchanges'][number];
export type Suggestion = ResponseOf<'/api/matching/profiles/{id}/suggestions'>['items'][number];
export type SuggestionReason = Suggestion['reasons'][number];
export type SuggestionFilter = Pick<QueryOf<'/api/matching/profiles/{id}/suggestions'>, 'country' | 'partnershipType' | 'maxPopulation'>;

export type Introduction = ResponseOf<'/api/matching/introductions/{id}'>;
export type IntroductionSide = Introduction['from'];
export type IntroductionState = Introduction['state'];
export type Pipeline = ResponseOf<'/api/matching/introductions/pipeline'>;
/** A step of an introduction, each its own route. */
/** The steps of an introduction, one path each: `/api/matching/introductions/{id}/accept` and so on. */
export type IntroductionStep = keyof paths extends infer P ? (P extends `/api/matching/introductions/{id}/${infer Step}` ? Step : never) : never;

export type DirectoryEntry = ResponseOf<'/api/matching/directory'>['items'][number];
export type DirectoryPlace = ResponseOf<'/api/matching/directory/places'>['places'][number];
export type DirectoryFilter = Omit<QueryOf<'/api/matching/directory'>, 'limit' | 'cursor'>;

/** Languages offered when a profile is published (ISO 639-1); the server takes any two-letter code. */
export const PROFILE_LANGUAGES = ['de', 'uk', 'en', 'pl', 'sq', 'fr'] as const;

/** Query keys of profiles, needs, offers and the directory; every change invalidates `matchingKeys.all`. */
export const matchingKeys = {
  all: ['matching'] as const,
  profile: (id: string | undefined) => ['matching', 'profile', id] as const,
  profiles: ['matching', 'profiles'] as const,
  profilesOf: (workspaceId: string) => ['matching', 'profiles', 'of', workspaceId] as const,
  suggestions: (profileId: string, needId: string, filter: SuggestionFilter) => ['matching', 'suggestions', profileId, needId, filter] as const,
  directory: (filter: DirectoryFilter) => ['matching', 'directory', filter] as const,
  directoryPlaces: (filter: DirectoryFilter) => ['matching', 'directory-places', filter] as const,
};

/** Query keys of introductions; every step invalidates `introductionKeys.all`. */
export const introductionKeys = {
  all: ['introductions'] as const,
  list: ['introductions', 'list'] as const,
  detail: (id: string | undefined) => ['introductions', 'one', id] as const,
  pipeline: (workspaceId: string) => ['introductions', 'pipeline', workspaceId] as const,
};

const ofProfile = (id: string) => ({ params: { path: { id } } });
const ofItem = (id: string, itemId: string) => ({ params: { path: { id, itemId } } });
const ofIntroduction = (id: string) => ({ params: { path: { id } } });

export const matchingApi = {
  profiles: (query: QueryOf<'/api/matching/profiles'>, signal?: AbortSignal) => dataOf(api.GET('/api/matching/profiles', { params: { query }, signal })),
  profile: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/matching/profiles/{id}', { ...ofProfile(id), signal })),
  suggestions: (id: string, query: QueryOf<'/api/matching/profiles/{id}/suggestions'>, signal?: AbortSignal) =>
    dataOf(api.GET('/api/matching/profiles/{id}/suggestions', { params: { path: { id }, query }, signal })),
  directory: (query: QueryOf<'/api/matching/directory'>, signal?: AbortSignal) => dataOf(api.GET('/api/matching/directory', { params: { query }, signal })),
  directoryPlaces: (query: QueryOf<'/api/matching/directory/places'>, signal?: AbortSignal) => dataOf(api.GET('/api/matching/directory/places', { params: { query }, signal })),

  createProfile: (body: DraftOf<'/api/matching/profiles', 'post'>) => dataOf(api.POST('/api/matching/profiles', { body })),
  updateProfile: (id: string, body: DraftOf<'/api/matching/profiles/{id}', 'patch'>) => dataOf(api.PATCH('/api/matching/profiles/{id}', { ...ofProfile(id), body })),
  addItem: (id: string, body: DraftOf<'/api/matching/profiles/{id}/items', 'post'>) => dataOf(api.POST('/api/matching/profiles/{id}/items', { ...ofProfile(id), body })),
  updateItem: (id: string, itemId: string, body: DraftOf<'/api/matching/profiles/{id}/items/{itemId}', 'patch'>) =>
    dataOf(api.PATCH('/api/matching/profiles/{id}/items/{itemId}', { ...ofItem(id, itemId), body })),
  removeItem: (id: string, itemId: string) => dataOf(api.DELETE('/api/matching/profiles/{id}/items/{itemId}', ofItem(id, itemId))),
};

export const introductionApi = {
  list: (query: QueryOf<'/api/matching/introductions'>, signal?: AbortSignal) => dataOf(api.GET('/api/matching/introductions', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/matching/introductions/{id}', { ...ofIntroduction(id), signal })),
  pipeline: (query: QueryOf<'/api/matching/introductions/pipeline'>, signal?: AbortSignal) => dataOf(api.GET('/api/matching/introductions/pipeline', { params: { query }, signal })),

  request: (body: DraftOf<'/api/matching/introductions', 'post'>) => dataOf(api.POST('/api/matching/introductions', { body })),
  /** A step with what it carries (a message, the date met, the partnership made); the server checks the body. */
  step: (id: string, step: IntroductionStep, body: object): Promise<Introduction> => dataOf(api.POST(`/api/matching/introductions/{id}/${step}`, { ...ofIntroduction(id), body: body as never })),
};
