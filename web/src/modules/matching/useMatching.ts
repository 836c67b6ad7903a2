import { useQuery } from '@tanstack/react-query';
import { matchingApi, matchingKeys, type SuggestionFilter } from './matchingApi';

export function useMatchingProfile(id: string | undefined) {
  return useQuery({
    queryKey: matchingKeys.profile(id),
    queryFn: ({ signal }) => matchingApi.profile(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function useMatchingProfiles() {
  return useQuery({
    queryKey: matchingKeys.profiles,
    queryFn: ({ signal }) => matchingApi.profiles({ limit: 100 }, signal),
  });
}

export function useSuggestions(profileId: string, needId: string, filter: SuggestionFilter) {
  return useQuery({
    queryKey: matchingKeys.suggestions(profileId, needId, filter),
    queryFn: ({ signal }) => matchingApi.suggestions(profileId, { needId, ...filter }, signal),
  });
}
