import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldError } from '../../lib/fieldError';
import { BackLink } from '../../shell/BackLink';
import { FileField } from '../../shell/FileField';
import { FormAlert } from '../../shell/FormAlert';
import { InputField } from '../../shell/InputField';
import { PageHeading } from '../../shell/PageHeading';
import { RadioGroup } from '../../shell/RadioGroup';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { DocumentMetaFields, EMPTY_META, type DocumentMeta } from './DocumentMetaFields';
import { documentApi, documentKeys } from './documentApi';
import { DOCUMENT_FILE_TYPES } from './documentFileTypes';

type Way = 'paste' | 'upload';

/** A new document from pasted text or an uploaded file; with proposals, the review follows. */
export function DocumentNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const extractId = useId();
  const [way, setWay] = useState<Way>('paste');
  const [workspaceId, setWorkspaceId] = useState('');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState<DocumentMeta>(EMPTY_META);
  const [extract, setExtract] = useState(true);

  const create = useMutation({
    mutationFn: () => {
      if (way === 'upload') {
        if (!file) throw new Error(t('documents.fileMissing'));
        return documentApi.importFile(file, {
          workspaceId,
          kind: meta.kind,
          language: meta.language || 'auto',
          visibility: meta.visibility,
          publishedOn: meta.publishedOn || undefined,
          title: title.trim() || undefined,
        });
      }
      return documentApi.create({
        workspaceId,
        kind: meta.kind,
        title: title.trim() || undefined,
        text,
        language: meta.language || 'auto',
        publishedOn: meta.publishedOn || null,
        sourceUrl: meta.sourceUrl.trim() || null,
        visibility: meta.visibility,
        extract,
      });
    },
    onSuccess: async (document) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
      // Proposals are found in the background: the page shown next follows that from this state.
      queryClient.setQueryData(documentKeys.detail(document.id), document);
      const toReview = way === 'upload' || extract;
      await navigate(toReview ? `/documents/${document.id}/review` : `/documents/${document.id}`);
    },
  });

  return (
    <>
      <BackLink to="/documents">{t('documents.backToList')}</BackLink>
      <PageHeading title={t('documents.create')}>{t('documents.create')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('documents.createIntro')}</p>
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />
        <RadioGroup
          id="document-way"
          legend={t('documents.way')}
          value={way}
          options={[
            { value: 'paste', label: t('documents.wayPaste') },
            { value: 'upload', label: t('documents.wayUpload') },
          ]}
          onChange={(value) => setWay(value === 'upload' ? 'upload' : 'paste')}
        />
        <InputField label={t('documents.titleField')} hint={t('documents.titleHint')} value={title} onChange={setTitle} error={fieldError(create.error, 'body.title')} />
        {way === 'paste' ? (
          <InputField label={t('documents.text')} multiline value={text} onChange={setText} error={fieldError(create.error, 'body.text')} required />
        ) : (
          <FileField
            label={t('documents.file')}
            hint={t('documents.fileHint')}
            required
            accept={DOCUMENT_FILE_TYPES}
            onFiles={([chosen]) => setFile(chosen ?? null)}
            error={fieldError(create.error, 'file')}
            below={
              <p className="kern-body kern-body--small">
                <Link className="kern-link" to="/documents/upload">
                  {t('upload.moreAtOnce')}
                </Link>
              </p>
            }
          />
        )}
        <DocumentMetaFields meta={meta} onChange={setMeta} error={create.error} withSource={way === 'paste'} />
        {way === 'paste' ? (
          <div className="kern-form-check">
            <input id={extractId} className="kern-form-check__checkbox" type="checkbox" checked={extract} onChange={(event) => setExtract(event.target.checked)} />
            <label className="kern-label" htmlFor={extractId}>
              {t('documents.extract')}
            </label>
          </div>
        ) : (
          <p className="kern-body kern-body--small">{t('documents.uploadExtracts')}</p>
        )}
        <FormAlert
          error={create.error}
          fieldLabels={{
            'body.title': t('documents.titleField'),
            'body.text': t('documents.text'),
            file: t('documents.file'),
            'body.kind': t('documents.kind'),
            'body.language': t('documents.language'),
            'body.publishedOn': t('documents.publishedOn'),
            'querystring.publishedOn': t('documents.publishedOn'),
            'body.sourceUrl': t('documents.sourceUrl'),
          }}
        />
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={create.isPending || !workspaceId}>
            <span className="kern-label">{create.isPending ? t('common.saving') : t('documents.save')}</span>
          </button>
        </div>
      </form>
    </>
  );
}
