import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditKeys } from '../audit/auditApi';
import { planKeys } from './planApi';

/** A change of a plan through `planApi`; the plan and its history are shown anew afterwards. */
export function usePlanChange<V>(planId: string, change: (variables: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      await queryClient.invalidateQueries({ queryKey: auditKeys.histories });
    },
    meta: { planId },
  });
}
