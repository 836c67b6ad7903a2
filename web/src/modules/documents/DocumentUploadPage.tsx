import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { PageHeading } from '../../shell/PageHeading';
import { UploadForm } from './UploadForm';
import { UploadJobView } from './UploadJobView';

/** Several reports at once: the files are made into documents in the background, their progress followed here (`?job=`). */
export function DocumentUploadPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job') ?? undefined;
  return (
    <>
      <BackLink to="/documents">{t('documents.backToList')}</BackLink>
      <PageHeading title={t('upload.title')}>{t('upload.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('upload.intro')}</p>
      {jobId ? <UploadJobView jobId={jobId} onAnother={() => setParams({})} /> : <UploadForm onStarted={(job) => setParams({ job: job.id })} />}
    </>
  );
}
