import { useMutation, useQueryClient } from '@tanstack/react-query';
import { exchangeApi, exchangeKeys, type Registration, type RegistrationMove } from './exchangeApi';

interface Change {
  registration: Registration;
  /** `attended` checks in; `registered` or `confirmed` undoes a check-in. */
  to: RegistrationMove;
}

/**
 * Checking in and undoing it, shown at once: the list (and so the counts) changes before the
 * server answers and goes back if the server refuses.
 */
export function useCheckIn(exchangeId: string) {
  const queryClient = useQueryClient();
  const key = exchangeKeys.checkInList(exchangeId);
  const patch = (id: string, changes: Partial<Registration>) =>
    queryClient.setQueryData<Registration[]>(key, (list) => list?.map((item) => (item.id === id ? { ...item, ...changes } : item)));

  return useMutation({
    mutationFn: ({ registration, to }: Change) =>
      to === 'attended'
        ? exchangeApi.checkIn(exchangeId, registration.id)
        : exchangeApi.changeRegistration(exchangeId, registration.id, { state: to }),
    onMutate: async ({ registration, to }) => {
      await queryClient.cancelQueries({ queryKey: key });
      patch(registration.id, { state: to, checkedInAt: to === 'attended' ? new Date().toISOString() : null });
      return { before: registration };
    },
    onError: (_error, _change, context) => {
      if (context) patch(context.before.id, context.before);
    },
    onSuccess: (saved) => patch(saved.id, saved),
    onSettled: async () => {
      // The exchange page's list and summary count the same people.
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.participants(exchangeId), predicate: (query) => query.queryKey[3] !== 'check-in' });
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchangeId) });
    },
  });
}
