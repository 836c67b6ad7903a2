import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, type ChangeMethod } from '../../lib/api/apiSend';
import { planKeys, type PlanDetail } from './planApi';

/** A change of a plan through the API; the plan is shown anew afterwards. */
export function usePlanChange<V>(planId: string, request: (variables: V) => { method: ChangeMethod; path: string; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => {
      const { method, path, body } = request(variables);
      return apiSend<PlanDetail | undefined>(method, path, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['history'] });
    },
    meta: { planId },
  });
}
