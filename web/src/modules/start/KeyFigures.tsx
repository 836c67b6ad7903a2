import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import type { StartPageData } from './startApi';

/** How many partnerships, exchanges, documents and towns the reader may see. */
export function KeyFigures({ counts }: { counts: StartPageData['counts'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figures = [
    { key: 'partnerships', label: t('start.counts.partnerships', { count: counts.partnerships }), value: counts.partnerships },
    { key: 'exchanges', label: t('start.counts.exchanges', { count: counts.exchanges }), value: counts.exchanges },
    { key: 'documents', label: t('start.counts.documents', { count: counts.documents }), value: counts.documents },
    { key: 'towns', label: t('start.counts.towns', { count: counts.towns }), value: counts.towns },
  ];
  return (
    <dl className="key-figures start-figures">
      {figures.map((figure) => (
        <div key={figure.key}>
          <dt className="kern-body">{figure.label}</dt>
          <dd className="kern-heading-medium">{formatNumber(figure.value, language)}</dd>
        </div>
      ))}
    </dl>
  );
}
