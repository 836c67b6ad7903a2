import { useNavigate } from 'react-router';
import { useSaveAndRefresh, type SaveOptions } from './useSaveAndRefresh';

/** Saving a record form: once the server took the change, the stale reads are refreshed and the saved record opens. */
export function useSaveAndOpen<Saved>(save: () => Promise<Saved>, { open, ...options }: Omit<SaveOptions<Saved>, 'then'> & { open: (saved: Saved) => string }, more: Pick<SaveOptions<Saved>, 'onMutate' | 'onError'> = {}) {
  const navigate = useNavigate();
  return useSaveAndRefresh(save, { ...options, ...more, then: (saved) => navigate(open(saved)) });
}
