import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shell/FilterBar';
import { EnumFilter } from '../../shell/EnumFilter';
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
      <EnumFilter
        label={t('exchanges.kindFilter')}
        value={kind}
        values={EXCHANGE_KINDS}
        labelOf={(value) => t(`enums.exchangeKind.${value}`)}
        allLabel={t('exchanges.allKinds')}
        onChange={onKindChange}
      />
    </FilterBar>
  );
}
