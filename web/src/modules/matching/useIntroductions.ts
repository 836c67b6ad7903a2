import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { introductionApi, introductionKeys, type IntroductionStep } from './matchingApi';

export function useIntroductions() {
  return useQuery({
    queryKey: introductionKeys.list,
    queryFn: ({ signal }) => introductionApi.list({ limit: 100 }, signal),
  });
}

export function useIntroduction(id: string | undefined) {
  return useQuery({
    queryKey: introductionKeys.detail(id),
    queryFn: ({ signal }) => introductionApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function usePipeline(workspaceId: string) {
  return useQuery({
    queryKey: introductionKeys.pipeline(workspaceId),
    queryFn: ({ signal }) => introductionApi.pipeline({ workspaceId }, signal),
  });
}

/** A step of an introduction (`accept`, `decline`, `met`, `partnership`); the cached introductions follow. */
export function useIntroductionStep(id: string, step: IntroductionStep) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => introductionApi.step(id, step, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(introductionKeys.detail(id), saved);
      await queryClient.invalidateQueries({ queryKey: introductionKeys.all });
    },
  });
}
