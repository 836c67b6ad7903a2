import type { PlaceRef } from '../lib/api/types';
import { LocalizedText } from './LocalizedText';

/** A place by its name in the UI language (exonym), falling back to its local name. */
export function PlaceName({ place }: { place: PlaceRef }) {
  return <LocalizedText value={place.names} fallback={place.name} />;
}
