import { useTranslation } from 'react-i18next';
import { EnumFilterBar } from '../../shell/EnumFilterBar';
import { EXCHANGE_KINDS } from './exchangeApi';
import type { ExchangeKind } from './exchangeApi';

interface Props {
  kind: ExchangeKind | undefined;
  onKindChange: (kind: ExchangeKind | undefined) => void;
}

export function ExchangeKindFilterBar({ kind, onKindChange }: Props) {
  const { t } = useTranslation();
  return (
    <EnumFilterBar
      label={t('exchanges.kindFilter')}
      value={kind}
      values={EXCHANGE_KINDS}
      labelOf={(value) => t(`enums.exchangeKind.${value}`)}
      allLabel={t('exchanges.allKinds')}
      onChange={onKindChange}
    />
  );
}
