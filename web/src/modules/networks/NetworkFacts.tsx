import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { FactList } from '../../shell/FactList';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import { NetworkFounded } from './NetworkFounded';
import type { NetworkDetail } from './networkApi';

export function NetworkFacts({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <FactList
      facts={[
        { label: t('networks.kind'), value: t(`enums.networkKind.${network.kind}`) },
        { label: t('networks.cadence'), value: t(`enums.networkCadence.${network.cadence}`) },
        { label: t('networks.founded'), value: network.foundedYear !== null && <NetworkFounded year={network.foundedYear} /> },
        { label: t('networks.region'), value: network.region && <PlaceName place={network.region} /> },
        { label: t('networks.organization'), value: network.organization && <OrganizationName organization={network.organization} /> },
        { label: t('networks.themes'), value: network.themes.length > 0 && network.themes.map((theme) => pickText(theme.name, language).text).join(', ') },
        { label: t('networks.members'), value: t('networks.memberCount', { count: network.memberCount }) },
      ]}
    />
  );
}
