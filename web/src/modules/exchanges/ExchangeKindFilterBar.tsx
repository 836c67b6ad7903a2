import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shell/FilterBar';
import { EnumSelectField } from '../../shell/EnumSelectField';
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
      <EnumSelectField
        label={t('exchanges.kindFilter')}
        value={kind ?? ''}
        emptyLabel={t('exchanges.allKinds')}
        values={EXCHANGE_KINDS}
        labelOf={(value) => t(`enums.exchangeKind.${value}`)}
        onChange={(value) => onKindChange(value || undefined)}
      />
    </FilterBar>
  );
}
