import type { PlaceRef } from '../lib/api/types';
import { pickName } from '../lib/pickName';
import { useLanguage } from '../lib/useLanguage';
import { TextInLanguage } from './TextInLanguage';

/** A place by its name in the UI language (Kiew / Kyiv / Київ), else its local name. */
export function PlaceName({ place }: { place: PlaceRef }) {
  const language = useLanguage();
  return <TextInLanguage picked={pickName(place.names, place.name, language)} />;
}
