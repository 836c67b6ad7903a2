import { useTranslation } from 'react-i18next';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { type ExchangeKind } from './exchangeApi';
import { exchangeKindValues } from '../../lib/api/enums';

/** What kind of exchange it is (a visit, a workshop …), for a form. */
export function ExchangeKindField(field: { value: ExchangeKind | ''; onChange: (kind: ExchangeKind | '') => void; error?: string; required?: boolean }) {
  const { t } = useTranslation();
  return <EnumSelectField label={t('exchanges.kind')} values={exchangeKindValues} labels="enums.exchangeKind" {...field} />;
}
