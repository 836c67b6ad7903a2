import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

interface After<Saved> {
  /** The cached reads the change makes stale; all of them when left out. */
  refresh?: QueryKey[];
  /** Where the saved record is shown. */
  open: (saved: Saved) => string;
}

/** Saving a record form: once the server took the change, the stale reads are refreshed and the saved record opens. */
export function useSaveAndOpen<Saved>(save: () => Promise<Saved>, { refresh, open }: After<Saved>, on: { onMutate?: () => void; onError?: () => void } = {}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: save,
    onMutate: on.onMutate,
    onError: on.onError,
    onSuccess: async (saved) => {
      if (refresh) for (const queryKey of refresh) await queryClient.invalidateQueries({ queryKey });
      else await queryClient.invalidateQueries();
      await navigate(open(saved));
    },
  });
}
