import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shell/FilterBar';
import { SelectField } from '../../shell/SelectField';
import { EXCHANGE_KINDS } from './exchangeApi';
import type { ExchangeKind } from './exchangeApi';

interface Props {
  kind: ExchangeKind | undefined;
  onKindChange: (kind: ExchangeKind | undefined) => void;
}

export function ExchangeKindFilterBar({ kind, onKindChange }: Props) {
  const { t } = useTranslation();
  return (
    <FilterBar active={kind ? 1 : 0}>
      <SelectField
        label={t('exchanges.kindFilter')}
        value={kind ?? ''}
        emptyLabel={t('exchanges.allKinds')}
        options={EXCHANGE_KINDS.map((value) => ({ value, label: t(`enums.exchangeKind.${value}`) }))}
        onChange={(value) => onKindChange(EXCHANGE_KINDS.find((candidate) => candidate === value))}
      />
    </FilterBar>
  );
}
