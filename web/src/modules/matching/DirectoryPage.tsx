import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/countryName';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { FilterBar } from '../../shell/FilterBar';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { PageHeading } from '../../shell/PageHeading';
import { SelectField } from '../../shell/SelectField';
import { FEATURED_COUNTRIES } from '../places/placeApi';
import { ThemeSelect } from '../themes/ThemeSelect';
import { DirectoryEntryCard } from './DirectoryEntryCard';
import { DirectoryMap } from './DirectoryMap';
import { useDirectoryPages, useDirectoryPlaces, useRegions } from './useDirectory';
import { SIZE_BAND_KEYS, useDirectoryFilter, type DirectoryFilterKey } from './useDirectoryFilter';
import { matchingItemKindValues, soughtPartnershipTypeValues, urgencyValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

/** Everything published for everyone in the partner search: a map and a filterable list. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { values, filter, set, active } = useDirectoryFilter();
  const pages = useDirectoryPages(filter);
  const { placeId: _place, ...mapFilter } = filter;
  const places = useDirectoryPlaces(mapFilter);
  const regions = useRegions(values.country || undefined);
  const entries = pagedItems(pages.data);
  const chosenPlace = places.data?.places.find((entry) => entry.place.id === values.placeId)?.place;
  const options = <T extends string>(keys: readonly T[], label: (key: T) => string) => keys.map((value) => ({ value, label: label(value) }));
  /** A filter's select, showing and changing the filter's value in the address. */
  const filterOn = (key: DirectoryFilterKey) => ({ value: values[key], onChange: (value: string) => set({ [key]: value }) });

  return (
    <>
      <PageHeading title={t('matchingDirectory.title')}>{t('matchingDirectory.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('matchingDirectory.intro')}</p>
      <p className="kern-body">
        <Link to="/matching">{t('matchingDirectory.toPartnerSearch')}</Link>
      </p>
      <FilterBar active={active}>
        <SelectField {...filterOn('direction')} label={t('matchingDirectory.filterDirection')} emptyLabel={t('matchingDirectory.bothDirections')} options={options(['need', 'offer'] as const, (value) => t(`matchingDirectory.directionPlural.${value}`))} />
        <ThemeSelect label={t('matchingDirectory.filterTheme')} value={values.themeId} emptyLabel={t('matchingDirectory.anyTheme')} onChange={(themeId) => set({ themeId })} />
        <SelectField {...filterOn('kind')} label={t('matchingDirectory.filterKind')} emptyLabel={t('matchingDirectory.anyKind')} options={options(matchingItemKindValues, (value) => t(`matching.kind.${value}`))} />
        <SelectField
          label={t('matchingDirectory.filterCountry')}
          value={values.country}
          emptyLabel={t('matching.anyCountry')}
          options={options(FEATURED_COUNTRIES, (code) => countryName(code, language))}
          onChange={(country) => set({ country, regionId: '', placeId: '' })}
        />
        {values.country && (
          <SelectField
            label={t('matchingDirectory.filterRegion')}
            value={values.regionId}
            emptyLabel={regions.isPending ? t('common.loading') : t('matchingDirectory.anyRegion')}
            options={(regions.data?.items ?? []).map((region) => ({ value: region.id, label: pickName(region.names, region.name, language).text }))}
            onChange={(regionId) => set({ regionId, placeId: '' })}
          />
        )}
        <SelectField {...filterOn('size')} label={t('matchingDirectory.filterSize')} emptyLabel={t('matchingDirectory.anySize')} options={options(SIZE_BAND_KEYS, (band) => t(`matchingDirectory.size.${band}`))} />
        <SelectField {...filterOn('partnershipType')} label={t('matching.filterPartnershipType')} emptyLabel={t('matching.anyPartnershipType')} options={options(soughtPartnershipTypeValues, (value) => t(`matching.partnershipType.${value}`))} />
        <SelectField {...filterOn('urgency')} label={t('matching.urgencyLabel')} emptyLabel={t('matchingDirectory.anyUrgency')} options={options(urgencyValues, (value) => t(`matching.urgency.${value}`))} />
      </FilterBar>
      {places.data && <DirectoryMap places={places.data.places} onChoose={(placeId) => set({ placeId })} />}
      {values.placeId && (
        <p className="kern-body">
          {chosenPlace ? t('matchingDirectory.onlyPlace', { name: pickName(chosenPlace.names, chosenPlace.name, language).text }) : t('matchingDirectory.onlyOnePlace')}{' '}
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => set({ placeId: '' })}>
            <span className="kern-label">{t('matchingDirectory.allPlaces')}</span>
          </button>
        </p>
      )}
      {pages.isPending && <LoadingState />}
      {pages.isError && <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />}
      {pages.data && (
        <section aria-label={t('matchingDirectory.listLabel')}>
          {entries.length === 0 ? (
            <p className="kern-body">{t('matchingDirectory.empty')}</p>
          ) : (
            <ul className="directory-list">
              {entries.map((entry) => (
                <DirectoryEntryCard key={entry.id} entry={entry} />
              ))}
            </ul>
          )}
          <LoadMore shown={entries.length} query={pages} />
        </section>
      )}
    </>
  );
}
