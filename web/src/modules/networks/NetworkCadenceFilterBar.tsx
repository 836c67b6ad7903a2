import { useTranslation } from 'react-i18next';
import { EnumFilterBar } from '../../shell/EnumFilterBar';
import { networkCadenceValues } from '../../lib/api/enums';
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
      values={networkCadenceValues}
      labelOf={(value) => t(`enums.networkCadence.${value}`)}
      allLabel={t('networks.allCadences')}
      onChange={onCadenceChange}
    />
  );
}
