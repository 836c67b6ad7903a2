import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shell/FilterBar';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { NETWORK_CADENCES } from './networkApi';
import type { NetworkCadence } from './networkApi';

interface Props {
  cadence: NetworkCadence | undefined;
  onCadenceChange: (cadence: NetworkCadence | undefined) => void;
}

export function NetworkCadenceFilterBar({ cadence, onCadenceChange }: Props) {
  const { t } = useTranslation();
  return (
    <FilterBar>
      <EnumSelectField
        label={t('networks.cadenceFilter')}
        value={cadence ?? ''}
        emptyLabel={t('networks.allCadences')}
        values={NETWORK_CADENCES}
        labelOf={(value) => t(`enums.networkCadence.${value}`)}
        onChange={(value) => onCadenceChange(value || undefined)}
      />
    </FilterBar>
  );
}
