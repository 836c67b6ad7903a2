import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { PlaceName } from '../../shell/PlaceName';
import { RecordTable } from '../../shell/RecordTable';
import { NetworkName } from './NetworkName';
import type { NetworkSummary } from './networkApi';

export function NetworkTable({ networks }: { networks: NetworkSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <RecordTable
      caption={t('networks.caption')}
      empty={t('networks.empty')}
      rows={networks}
      columns={[
        { header: t('networks.columnName'), cell: (network) => <NetworkName network={network} />, link: (network) => `/networks/${network.id}` },
        { header: t('networks.columnCadence'), cell: (network) => t(`enums.networkCadence.${network.cadence}`) },
        { header: t('networks.columnRegion'), cell: (network) => network.region && <PlaceName place={network.region} /> },
        { header: t('networks.columnMembers'), cell: (network) => formatNumber(network.memberCount, language), numeric: true },
        { header: t('networks.columnFounded'), cell: (network) => network.foundedYear ?? '', numeric: true },
      ]}
    />
  );
}
