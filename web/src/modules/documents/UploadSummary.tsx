import { useTranslation } from 'react-i18next';
import type { UploadOutcome } from './documentApi';

/** How many files became documents, were skipped or failed. */
export function UploadSummary({ outcomes }: { outcomes: UploadOutcome[] }) {
  const { t } = useTranslation();
  const count = (status: UploadOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const parts = [
    t('upload.summary.created', { count: count('created') }),
    count('skipped') > 0 ? t('upload.summary.skipped', { count: count('skipped') }) : null,
    count('failed') > 0 ? t('upload.summary.failed', { count: count('failed') }) : null,
  ].filter(Boolean);
  return <p className="kern-body">{t('upload.summary.done', { parts: parts.join(', ') })}</p>;
}
