import { useTranslation } from 'react-i18next';
import { EnumFilterBar } from '../../shell/EnumFilterBar';
import { exchangeKindValues } from '../../lib/api/enums';
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
      values={exchangeKindValues}
      labelOf={(value) => t(`enums.exchangeKind.${value}`)}
      allLabel={t('exchanges.allKinds')}
      onChange={onKindChange}
    />
  );
}
