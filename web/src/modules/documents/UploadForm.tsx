import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../lib/api/types';
import type { FormErrors } from '../../lib/forms/FormErrors';
import { hasFormErrors } from '../../lib/forms/hasFormErrors';
import { noFormErrors } from '../../lib/forms/noFormErrors';
import { onlyErrors } from '../../lib/forms/onlyErrors';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { SubmitButton } from '../../shell/SubmitButton';
import { InputField } from '../../shell/InputField';
import { VisibilityField } from '../../shell/VisibilityField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { jobKeys, type Job } from '../jobs/jobApi';
import { documentApi, MAX_FILES_PER_BATCH, type DocumentKind, type DocumentLanguage } from './documentApi';
import { FilesField } from './FilesField';
import { uploadErrorsOf, type UploadField } from './uploadErrorsOf';
import { documentKindValues, documentLanguageValues } from '../../lib/api/enums';

/** Workspace, kind, language, date, visibility and the files of a batch; hands the started job on. */
export function UploadForm({ onStarted }: { onStarted: (job: Job) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const ids = { workspace: `${id}-workspace`, files: `${id}-files`, publishedOn: `${id}-published` };
  const [workspaceId, setWorkspaceId] = useState('');
  const [kind, setKind] = useState<DocumentKind>('report');
  const [language, setLanguage] = useState<DocumentLanguage | ''>('');
  const [publishedOn, setPublishedOn] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('workspace');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FormErrors<UploadField>>(noFormErrors);

  const upload = useMutation({
    mutationFn: () =>
      documentApi.uploadBatch(files, {
        workspaceId,
        kind,
        language: language || 'auto',
        visibility,
        publishedOn: publishedOn || undefined,
      }),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.job(job.id), job);
      onStarted(job);
    },
    onError: (error) => setErrors(uploadErrorsOf(error, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    const found = onlyErrors<UploadField>({
      workspace: workspaceId ? undefined : t('upload.errors.workspace'),
      files: files.length === 0 ? t('upload.errors.noFiles') : files.length > MAX_FILES_PER_BATCH ? t('upload.errors.tooMany') : undefined,
    });
    setErrors(found);
    if (!hasFormErrors(found)) upload.mutate();
  };

  return (
    <form className="record-form" noValidate onSubmit={submit}>
      <ErrorSummary
        errors={errors}
        fields={{
          workspace: { id: ids.workspace, label: t('forms.workspace') },
          files: { id: ids.files, label: t('upload.files') },
          publishedOn: { id: ids.publishedOn, label: t('documents.publishedOn') },
        }}
      />
      <WorkspaceField id={ids.workspace} value={workspaceId} onChange={setWorkspaceId} error={errors.fields.workspace} />
      <FilesField id={ids.files} files={files} onChange={setFiles} error={errors.fields.files} />
      <div className="form-row">
        <EnumSelectField label={t('documents.kind')} value={kind} values={documentKindValues} labels="documents.kinds" onChange={(value) => setKind(value || 'report')} />
        <EnumSelectField label={t('documents.language')} value={language} emptyLabel={t('documents.languageAuto')} values={documentLanguageValues} labels="forms.languageName" onChange={setLanguage} />
        <InputField id={ids.publishedOn} label={t('documents.publishedOn')} type="date" value={publishedOn} onChange={setPublishedOn} error={errors.fields.publishedOn} />
      </div>
      <VisibilityField value={visibility} onChange={setVisibility} />
      <p className="kern-body kern-body--small">{t('upload.extracts')}</p>
      <div className="button-row">
        <SubmitButton label={t('upload.submit')} pendingLabel={t('upload.sending')} pending={upload.isPending} />
      </div>
    </form>
  );
}
