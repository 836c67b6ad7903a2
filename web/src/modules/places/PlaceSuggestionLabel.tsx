import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { PlaceName } from '../../shell/PlaceName';
import type { PlaceSuggestion } from './placeApi';

/** One suggestion: the name, the spelling that matched, where it lies and how large it is — to tell same-name towns apart. */
export function PlaceSuggestionLabel({ place }: { place: PlaceSuggestion }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = pickName(place.names, place.name, language).text;
  const details = [
    t(`enums.placeKind.${place.kind}`),
    place.parent && place.parent.kind !== 'country' ? pickName(place.parent.names, place.parent.name, language).text : null,
    place.countryCode ? countryName(place.countryCode, language) : null,
    place.population ? t('places.inhabitants', { count: place.population, formatted: formatNumber(place.population, language) }) : null,
  ].filter(Boolean);
  return (
    <span className="place-suggestion">
      <span className="place-suggestion__name">
        <PlaceName place={place} />
        {place.matchedName !== shown && place.matchedName !== place.name && <span className="place-suggestion__matched"> ({place.matchedName})</span>}
      </span>
      <span className="place-suggestion__details">{details.join(' · ')}</span>
    </span>
  );
}
