import { useTranslation } from 'react-i18next';
import { formatPartialDate, type DatePrecision } from '../../lib/formatPartialDate';
import { useLanguage } from '../../lib/useLanguage';

/** How much of the ISO date goes into `<time datetime>`: "1961", "2018-05" or "2018-05-01". */
const MACHINE_LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

interface Props {
  since: string | null;
  precision: DatePrecision;
}

/** When a partnership began, to the precision known: "1961", "Mai 2018" or a full date. */
export function PartnershipSince({ since, precision }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!since) return <>{t('common.notSpecified')}</>;
  return <time dateTime={since.slice(0, MACHINE_LENGTH[precision])}>{formatPartialDate(since, precision, language)}</time>;
}
