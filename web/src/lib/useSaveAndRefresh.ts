import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

export interface SaveOptions<Saved> {
  /** The cached reads the change makes stale; all of them when left out. */
  refresh?: QueryKey[];
  /** What follows once the reads are refreshed, e.g. closing the form. */
  then?: (saved: Saved) => unknown;
  onMutate?: () => void;
  onError?: () => void;
}

/** Saving a form: once the server took the change, the reads it makes stale are refreshed. */
export function useSaveAndRefresh<Saved>(save: () => Promise<Saved>, { refresh, then, onMutate, onError }: SaveOptions<Saved>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onMutate,
    onError,
    onSuccess: async (saved) => {
      if (refresh) for (const queryKey of refresh) await queryClient.invalidateQueries({ queryKey });
      else await queryClient.invalidateQueries();
      await then?.(saved);
    },
  });
}
