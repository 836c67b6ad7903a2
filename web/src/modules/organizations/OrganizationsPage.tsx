import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { countryName } from '../../lib/countryName';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { FilterBar } from '../../shell/FilterBar';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { PageHeading } from '../../shell/PageHeading';
import { SelectField } from '../../shell/SelectField';
import { TextFilter } from '../../shell/TextFilter';
import { FEATURED_COUNTRIES } from '../places/placeApi';
import { ThemeSelect } from '../themes/ThemeSelect';
import { ORGANIZATION_KINDS } from './organizationApi';
import { OrganizationTable } from './OrganizationTable';
import { useOrganizationPages } from './useOrganizationPages';
import { MayCreate } from '../accounts/MayCreate';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const [kind, setKind] = useEnumSearchParam('kind', ORGANIZATION_KINDS);
  const [country, setCountry] = useEnumSearchParam('country', FEATURED_COUNTRIES);
  const themeId = params.get('themeId') ?? undefined;
  const q = params.get('q') ?? undefined;
  const [text, setText] = useState(q ?? '');
  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const query = useOrganizationPages({ kind, country, themeId, q });
  const organizations = query.data?.pages.flatMap((page) => page.items) ?? [];
  const exportUrl = `/api/organizations/export.csv?${new URLSearchParams(Object.entries({ kind, country, themeId, q, lang: language }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString()}`;

  return (
    <>
      <PageHeading title={t('organizations.title')}>{t('organizations.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('organizations.intro')}</p>
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--secondary" to="/organizations/new">
            <span className="kern-label">{t('organizations.create')}</span>
          </Link>
        </MayCreate>
        <MayCreate>
          <Link className="kern-btn kern-btn--tertiary" to="/import">
            <span className="kern-label">{t('imports.title')}</span>
          </Link>
        </MayCreate>
        <a className="kern-btn kern-btn--tertiary" href={exportUrl} download>
          <span className="kern-label">{t('common.exportCsv')}</span>
        </a>
      </p>
      <FilterBar>
        <SelectField
          label={t('organizations.countryFilter')}
          value={country ?? ''}
          emptyLabel={t('places.allCountries')}
          options={FEATURED_COUNTRIES.map((code) => ({ value: code, label: countryName(code, language) }))}
          onChange={(value) => setCountry(FEATURED_COUNTRIES.find((code) => code === value))}
        />
        <SelectField
          label={t('organizations.kindFilter')}
          value={kind ?? ''}
          emptyLabel={t('organizations.allKinds')}
          options={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`enums.organizationKind.${value}`) }))}
          onChange={(value) => setKind(ORGANIZATION_KINDS.find((candidate) => candidate === value))}
        />
        <ThemeSelect label={t('organizations.themeFilter')} value={themeId ?? ''} emptyLabel={t('organizations.allThemes')} onChange={(id) => setParam('themeId', id)} />
        <TextFilter label={t('organizations.nameFilter')} value={text} onChange={setText} onApply={(value) => setParam('q', value.trim() || undefined)} />
      </FilterBar>
      {query.isPending && <LoadingState />}
      {query.data && (
        <>
          <OrganizationTable organizations={organizations} caption={t('organizations.caption')} />
          <LoadMore shown={organizations.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
        </>
      )}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
