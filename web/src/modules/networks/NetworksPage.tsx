import { useTranslation } from 'react-i18next';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { EnumFilterBar } from '../../shell/EnumFilterBar';
import { NetworkTable } from './NetworkTable';
import { useNetworkPages } from './useNetworkPages';
import { ListPage } from '../../shell/ListPage';
import { networkCadenceValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

export function NetworksPage() {
  const { t } = useTranslation();
  const [cadence, setCadence] = useEnumSearchParam('cadence', networkCadenceValues);
  const query = useNetworkPages({ cadence });
  const networks = pagedItems(query.data);

  return (
    <ListPage
      title={t('networks.title')}
      intro={t('networks.intro')}
      create={{ to: '/networks/new', label: t('networks.create') }}
      filters={
        <EnumFilterBar label={t('networks.cadenceFilter')} value={cadence} values={networkCadenceValues} labels="enums.networkCadence" allLabel={t('networks.allCadences')} onChange={setCadence} />
      }
      query={query}
      shown={networks.length}
    >
      <NetworkTable networks={networks} />
    </ListPage>
  );
}
