import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { useLanguage } from '../../lib/useLanguage';
import { EnumFilter } from '../../shell/EnumFilter';
import { FEATURED_COUNTRIES } from './placeApi';

type FeaturedCountry = (typeof FEATURED_COUNTRIES)[number];

/** A list filter on the country: the featured countries by their name in the UI language, first "all countries". */
export function CountryFilter({ label, value, onChange }: { label: string; value: FeaturedCountry | undefined; onChange: (country: FeaturedCountry | undefined) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return <EnumFilter label={label} value={value} values={FEATURED_COUNTRIES} labelOf={(code) => countryName(code, language)} allLabel={t('places.allCountries')} onChange={onChange} />;
}
