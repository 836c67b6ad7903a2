import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shell/FilterBar';
import { SelectField } from '../../shell/SelectField';
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
      <SelectField
        label={t('networks.cadenceFilter')}
        value={cadence ?? ''}
        emptyLabel={t('networks.allCadences')}
        options={NETWORK_CADENCES.map((value) => ({ value, label: t(`enums.networkCadence.${value}`) }))}
        onChange={(value) => onCadenceChange(NETWORK_CADENCES.find((candidate) => candidate === value))}
      />
    </FilterBar>
  );
}
