import exonymList from './exonyms.json' with { type: 'json' };

/**
 * Curated names of a gazetteer town in the languages our users read, and the other names they
 * write it by (exonyms, older and Russian-based spellings, Serbian forms of Kosovo towns).
 * The list is data (exonyms.json), keyed by GeoNames id.
 */
export interface Exonym {
  geonamesId: number;
  /** The name used in the place itself: Київ, München, Prishtinë. */
  local: string;
  de?: string;
  en?: string;
  uk?: string;
  aliases: string[];
}

export const EXONYMS: readonly Exonym[] = exonymList;

export const exonymsByGeonamesId: ReadonlyMap<number, Exonym> = new Map(EXONYMS.map((entry) => [entry.geonamesId, entry]));
