import { useTranslation } from 'react-i18next';

/** The KERN loader with a text that screen readers announce. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-state" role="status">
      <span className="kern-loader kern-loader--visible" aria-hidden="true" />
      <span className="kern-body">{label ?? t('common.loading')}</span>
    </div>
  );
}
