import { formatDateRange } from '../../lib/formatDateRange';
import { useLanguage } from '../../lib/useLanguage';

interface Props {
  startDate: string;
  endDate: string;
}

/** The days of an exchange in the UI locale, e.g. "28.–29. November 2023". */
export function ExchangeDates({ startDate, endDate }: Props) {
  const language = useLanguage();
  return <time dateTime={startDate}>{formatDateRange(startDate, endDate, language)}</time>;
}
