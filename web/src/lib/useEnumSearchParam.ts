import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useSetSearchParam } from './useSetSearchParam';

/** The value of the query parameter `name` if it is one of `allowed`. */
export function enumParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const raw = params.get(name);
  return allowed.find((candidate) => candidate === raw);
}

/**
 * A filter kept in the URL query (so it can be bookmarked and shared); values outside
 * `allowed` read as unset.
 */
export function useEnumSearchParam<T extends string>(
  name: string,
  allowed: readonly T[],
): [T | undefined, (value: T | undefined) => void] {
  const [params] = useSearchParams();
  const setParam = useSetSearchParam();
  const value = enumParam(params, name, allowed);
  const setValue = useCallback((next: T | undefined) => setParam(name, next), [name, setParam]);
  return [value, setValue];
}
