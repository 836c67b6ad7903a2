import { useTranslation } from 'react-i18next';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { EnumFilterBar } from '../../shell/EnumFilterBar';
import { ExchangeTable } from './ExchangeTable';
import { useExchangePages } from './useExchangePages';
import { ListPage } from '../../shell/ListPage';
import { exchangeKindValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

export function ExchangesPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useEnumSearchParam('kind', exchangeKindValues);
  const query = useExchangePages({ kind, order: 'newest' });
  const exchanges = pagedItems(query.data);

  return (
    <ListPage
      title={t('exchanges.title')}
      intro={t('exchanges.intro')}
      create={{ to: '/exchanges/new', label: t('exchanges.create') }}
      links={[{ to: '/dashboard', label: t('dashboard.title') }]}
      filters={
        <EnumFilterBar label={t('exchanges.kindFilter')} value={kind} values={exchangeKindValues} labels="enums.exchangeKind" allLabel={t('exchanges.allKinds')} onChange={setKind} />
      }
      query={query}
      shown={exchanges.length}
    >
      <ExchangeTable exchanges={exchanges} />
    </ListPage>
  );
}
