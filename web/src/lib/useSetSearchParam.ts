import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Sets or (with no value) removes one query parameter, replacing the history entry: for filters kept in the URL. */
export function useSetSearchParam(): (name: string, value: string | undefined) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (name: string, value: string | undefined) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}
