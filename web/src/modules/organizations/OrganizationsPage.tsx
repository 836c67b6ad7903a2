import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { useLanguage } from '../../lib/useLanguage';
import { FilterBar } from '../../shell/FilterBar';
import { EnumFilter } from '../../shell/EnumFilter';
import { TextFilter } from '../../shell/TextFilter';
import { CountryFilter } from '../places/CountryFilter';
import { FEATURED_COUNTRIES } from '../places/placeApi';
import { ThemeSelect } from '../themes/ThemeSelect';
import { OrganizationTable } from './OrganizationTable';
import { useOrganizationPages } from './useOrganizationPages';
import { ListPage } from '../../shell/ListPage';
import { useSetSearchParam } from '../../lib/useSetSearchParam';
import { organizationKindValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params] = useSearchParams();
  const [kind, setKind] = useEnumSearchParam('kind', organizationKindValues);
  const [country, setCountry] = useEnumSearchParam('country', FEATURED_COUNTRIES);
  const themeId = params.get('themeId') ?? undefined;
  const q = params.get('q') ?? undefined;
  const [text, setText] = useState(q ?? '');
  const setParam = useSetSearchParam();
  const query = useOrganizationPages({ kind, country, themeId, q });
  const organizations = pagedItems(query.data);
  const exportUrl = `/api/organizations/export.csv?${new URLSearchParams(Object.entries({ kind, country, themeId, q, lang: language }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString()}`;

  return (
    <ListPage
      title={t('organizations.title')}
      intro={t('organizations.intro')}
      create={{ to: '/organizations/new', label: t('organizations.create'), quiet: true }}
      importTo="/import"
      exportUrl={exportUrl}
      filters={
        <FilterBar>
          <CountryFilter label={t('organizations.countryFilter')} value={country} onChange={setCountry} />
          <EnumFilter label={t('organizations.kindFilter')} value={kind} values={organizationKindValues} labels="enums.organizationKind" allLabel={t('organizations.allKinds')} onChange={setKind} />
          <ThemeSelect label={t('organizations.themeFilter')} value={themeId ?? ''} emptyLabel={t('organizations.allThemes')} onChange={(id) => setParam('themeId', id)} />
          <TextFilter label={t('organizations.nameFilter')} value={text} onChange={setText} onApply={(value) => setParam('q', value.trim() || undefined)} />
        </FilterBar>
      }
      query={query}
      shown={organizations.length}
    >
      <OrganizationTable organizations={organizations} caption={t('organizations.caption')} />
    </ListPage>
  );
}
