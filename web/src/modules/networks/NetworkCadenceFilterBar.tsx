import { useTranslation } from 'react-i18next';
import { EnumFilterBar } from '../../shell/EnumFilterBar';
import { NETWORK_CADENCES } from './networkApi';
import type { NetworkCadence } from './networkApi';

interface Props {
  cadence: NetworkCadence | undefined;
  onCadenceChange: (cadence: NetworkCadence | undefined) => void;
}

export function NetworkCadenceFilterBar({ cadence, onCadenceChange }: Props) {
  const { t } = useTranslation();
  return (
    <EnumFilterBar
      label={t('networks.cadenceFilter')}
      value={cadence}
      values={NETWORK_CADENCES}
      labelOf={(value) => t(`enums.networkCadence.${value}`)}
      allLabel={t('networks.allCadences')}
      onChange={onCadenceChange}
    />
  );
}
