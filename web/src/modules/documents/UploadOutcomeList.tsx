import { useTranslation } from 'react-i18next';
import { UploadOutcomeItem } from './UploadOutcomeItem';
import type { UploadOutcome } from './documentApi';

/** What became of every file of an uploaded batch, in the order they were sent. */
export function UploadOutcomeList({ outcomes }: { outcomes: UploadOutcome[] }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return <p className="kern-body">{t('upload.noOutcomes')}</p>;
  return (
    <ul className="upload-outcomes" aria-label={t('upload.outcomesLabel')}>
      {outcomes.map((outcome, index) => (
        <UploadOutcomeItem key={`${index}-${outcome.fileName}`} outcome={outcome} />
      ))}
    </ul>
  );
}
