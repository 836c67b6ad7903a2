import { useTranslation } from 'react-i18next';
import { pickName, type NamedRecord } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { Autocomplete } from '../../shell/Autocomplete';
import { useGazetteerProgress } from '../jobs/useGazetteerProgress';
import { PlaceSuggestionLabel } from './PlaceSuggestionLabel';
import type { PlaceSuggestion } from './placeApi';
import { searchPlaces } from './searchPlaces';

interface Props {
  label: string;
  /** What to enter, when the form needs to say more than how places may be written. */
  hint?: string;
  onSelect: (place: PlaceSuggestion | null) => void;
  /** The place already chosen; its name stands in the field. */
  initial?: NamedRecord | null;
  /** What stands in the field where no place is chosen yet, e.g. a name entered before. */
  initialText?: string;
  country?: string;
  /** Only places below this one (the quarters and districts of a city). */
  within?: string;
  required?: boolean;
  error?: string;
  name?: string;
}

/** Finds a place however it is written (Kiew, Kyiv, Київ): the place picker used across the app. */
export function PlaceAutocomplete({ label, hint, onSelect, initial, initialText, country, within, required, error, name }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gazetteer = useGazetteerProgress();
  return (
    <Autocomplete<PlaceSuggestion>
      label={label}
      hint={hint ?? t('places.autocompleteHint')}
      queryKey={`places:${country ?? ''}:${within ?? ''}`}
      search={(text, signal) => searchPlaces(text, signal, country, within)}
      idOf={(place) => place.id}
      textOf={(place) => pickName(place.names, place.name, language).text}
      renderOption={(place) => <PlaceSuggestionLabel place={place} />}
      onSelect={onSelect}
      initialText={initial ? pickName(initial.names, initial.name, language).text : initialText}
      required={required}
      error={error}
      name={name}
      emptyText={gazetteer ? t('gazetteer.noMatchWhileLoading', { percent: gazetteer.percent }) : undefined}
    />
  );
}
