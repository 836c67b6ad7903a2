import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DirectoryFilter } from './matchingApi';

/** Size bands offered in the filter, in inhabitants. */
export const SIZE_BANDS = {
  small: { maxPopulation: 19_999 },
  medium: { minPopulation: 20_000, maxPopulation: 99_999 },
  large: { minPopulation: 100_000, maxPopulation: 499_999 },
  city: { minPopulation: 500_000 },
} as const;
export type SizeBand = keyof typeof SIZE_BANDS;
export const SIZE_BAND_KEYS = Object.keys(SIZE_BANDS) as SizeBand[];

export const DIRECTORY_FILTER_KEYS = ['direction', 'themeId', 'kind', 'urgency', 'country', 'regionId', 'placeId', 'size', 'partnershipType'] as const;
export type DirectoryFilterKey = (typeof DIRECTORY_FILTER_KEYS)[number];

/** The directory's filters, kept in the address so a filtered view can be bookmarked and shared. */
export function useDirectoryFilter() {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => Object.fromEntries(DIRECTORY_FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Record<DirectoryFilterKey, string>, [params]);
  const filter = useMemo((): DirectoryFilter => {
    const size = SIZE_BAND_KEYS.find((band) => band === values.size);
    const chosen = Object.fromEntries(Object.entries(values).filter(([key, value]) => key !== 'size' && value !== '')) as DirectoryFilter;
    return { ...chosen, ...(size ? SIZE_BANDS[size] : {}) };
  }, [values]);
  const set = useCallback(
    (changes: Partial<Record<DirectoryFilterKey, string>>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const active = Object.values(values).filter(Boolean).length;
  return { values, filter, set, active };
}
