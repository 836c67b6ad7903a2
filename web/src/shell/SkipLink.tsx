import { useTranslation } from 'react-i18next';

/** The first focusable element: jumps over header and navigation to the page content. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a className="kern-link skip-link" href={`#${targetId}`}>
      {t('app.skipToContent')}
    </a>
  );
}
