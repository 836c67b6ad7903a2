import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { ErrorState } from '../../shell/ErrorState';
import { FilterBar } from '../../shell/FilterBar';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { PageHeading } from '../../shell/PageHeading';
import { GazetteerNotice } from '../jobs/GazetteerNotice';
import { EnumFilter } from '../../shell/EnumFilter';
import { TextFilter } from '../../shell/TextFilter';
import { CountryFilter } from './CountryFilter';
import { PlaceAutocomplete } from './PlaceAutocomplete';
import { FEATURED_COUNTRIES } from './placeApi';
import { PlaceTable } from './PlaceTable';
import { usePlacePages } from './usePlacePages';
import { MayCreate } from '../accounts/MayCreate';
import { placeKindValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

export function PlacesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [kind, setKind] = useEnumSearchParam('kind', placeKindValues);
  const [country, setCountry] = useEnumSearchParam('country', FEATURED_COUNTRIES);
  const [text, setText] = useState(params.get('q') ?? '');
  const q = params.get('q') ?? undefined;
  const query = usePlacePages({ kind, country, q });
  const places = pagedItems(query.data);
  const applyText = (value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value.trim()) next.set('q', value.trim());
        else next.delete('q');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeading title={t('places.title')}>{t('places.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('places.intro')}</p>
      <GazetteerNotice />
      <div className="finder">
        <PlaceAutocomplete label={t('places.find')} onSelect={(place) => place && void navigate(`/places/${place.id}`)} name="find-place" />
        <MayCreate>
          <Link className="kern-btn kern-btn--secondary" to="/places/new">
            <span className="kern-label">{t('places.create')}</span>
          </Link>
        </MayCreate>
      </div>
      <FilterBar>
        <CountryFilter label={t('places.countryFilter')} value={country} onChange={setCountry} />
        <EnumFilter label={t('places.kindFilter')} value={kind} values={placeKindValues} labels="enums.placeKind" allLabel={t('places.allKinds')} onChange={setKind} />
        <TextFilter label={t('places.nameFilter')} value={text} onChange={setText} onApply={applyText} />
      </FilterBar>
      {query.isPending && <LoadingState />}
      {query.data && (
        <>
          <PlaceTable places={places} caption={t('places.caption')} />
          <LoadMore shown={places.length} query={query} />
        </>
      )}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
