import { placeApi, type PlaceSuggestion } from './placeApi';

/** Ranked suggestions for what was typed, in any language or spelling. */
export async function searchPlaces(text: string, signal: AbortSignal, country?: string, within?: string): Promise<PlaceSuggestion[]> {
  const answer = await placeApi.autocomplete({ q: text, country, within, limit: 8 }, signal);
  return answer.items;
}
