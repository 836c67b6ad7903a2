import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { bodyFieldErrors } from './fieldError';
import { useSimilarBeforeSaving } from './useSimilarBeforeSaving';

interface Options<T, C> {
  create: () => Promise<T>;
  /** Reads an existing record the user chose instead of entering a new one. */
  get: (id: string) => Promise<T>;
  /** The queries that list the new record, refreshed before it is handed back. */
  refresh: QueryKey[];
  /** What similar records are compared by, and how they are found before saving. */
  compared: unknown;
  findSimilar: () => Promise<C[]>;
  onCreated: (record: T) => void;
}

/**
 * A record entered in a dialog without leaving the form at hand: `submit` saves it once the user
 * has seen the similar ones (`asking`, then `createAnyway`), `use` takes one of those instead;
 * either way the record is handed to `onCreated`.
 */
export function useNewRecordEntry<T, C extends { id: string }>({ create, get, refresh, compared, findSimilar, onCreated }: Options<T, C>) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: create,
    onSuccess: async (created) => {
      for (const queryKey of refresh) await queryClient.invalidateQueries({ queryKey });
      onCreated(created);
    },
  });
  const chooseExisting = useMutation({ mutationFn: (id: string) => get(id), onSuccess: onCreated });
  const similar = useSimilarBeforeSaving(compared, findSimilar);
  return {
    pending: save.isPending || similar.checking,
    submit: () => void similar.save(() => save.mutate()),
    /** The similar records while the user is asked whether to create the new one anyway. */
    asking: similar.asking,
    createAnyway: () => similar.createAnyway(() => save.mutate()),
    use: (candidate: C) => chooseExisting.mutate(candidate.id),
    error: save.error ?? chooseExisting.error,
    /** The server's problem with a field of the new record. */
    fieldError: bodyFieldErrors(save.error),
  };
}
