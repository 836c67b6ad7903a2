import { useTranslation } from 'react-i18next';

/** "2000 (seit 25 Jahren)". */
export function NetworkFounded({ year }: { year: number }) {
  const { t } = useTranslation();
  const age = new Date().getFullYear() - year;
  if (age < 1) return <>{year}</>;
  return <>{t('networks.foundedYearsAgo', { year, count: age })}</>;
}
