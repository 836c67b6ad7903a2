import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet } from '../../lib/api/apiGet';
import { apiSend } from '../../lib/api/apiSend';
import type { Introduction, Pipeline } from './introductionTypes';

export function useIntroductions() {
  return useQuery({
    queryKey: ['introductions', 'list'],
    queryFn: ({ signal }) => apiGet<{ items: Introduction[] }>('/matching/introductions', { limit: 100 }, signal),
  });
}

export function useIntroduction(id: string | undefined) {
  return useQuery({
    queryKey: ['introductions', 'one', id],
    queryFn: ({ signal }) => apiGet<Introduction>(`/matching/introductions/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function usePipeline(workspaceId: string) {
  return useQuery({
    queryKey: ['introductions', 'pipeline', workspaceId],
    queryFn: ({ signal }) => apiGet<Pipeline>('/matching/introductions/pipeline', { workspaceId }, signal),
  });
}

/** A step of an introduction (`accept`, `decline`, `met`, `partnership`); the cached introductions follow. */
export function useIntroductionStep(id: string, step: 'accept' | 'decline' | 'met' | 'partnership') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => apiSend<Introduction>('POST', `/matching/introductions/${encodeURIComponent(id)}/${step}`, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['introductions', 'one', id], saved);
      await queryClient.invalidateQueries({ queryKey: ['introductions'] });
    },
  });
}
