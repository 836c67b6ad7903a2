import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import type { MatchingProfileDetail, MatchingProfileSummary, Suggestion } from './matchingTypes';

export function useMatchingProfile(id: string | undefined) {
  return useQuery({
    queryKey: ['matching', 'profile', id],
    queryFn: ({ signal }) => apiGet<MatchingProfileDetail>(`/matching/profiles/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useMatchingProfiles() {
  return useQuery({
    queryKey: ['matching', 'profiles'],
    queryFn: ({ signal }) => apiGet<{ items: MatchingProfileSummary[] }>('/matching/profiles', { limit: 100 }, signal),
  });
}

export interface SuggestionFilter {
  country?: string;
  partnershipType?: string;
  maxPopulation?: number;
}

export function useSuggestions(profileId: string, needId: string, filter: SuggestionFilter) {
  return useQuery({
    queryKey: ['matching', 'suggestions', profileId, needId, filter],
    queryFn: ({ signal }) => apiGet<{ items: Suggestion[] }>(`/matching/profiles/${encodeURIComponent(profileId)}/suggestions`, { needId, ...filter }, signal),
  });
}
