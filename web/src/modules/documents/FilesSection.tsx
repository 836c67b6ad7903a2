import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { documentApi, documentKeys, type DocumentDetail, type DocumentFile } from './documentApi';

function FileItem({ document, file }: { document: DocumentDetail; file: DocumentFile }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => documentApi.removeFile(document.id, file.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
  const tone = file.textState === 'failed' ? 'warning' : file.textState === 'extracted' ? 'success' : 'info';
  return (
    <li className="file-list__item">
      <p className="kern-body">
        <a className="kern-link" href={file.url} download={file.fileName}>
          {file.fileName}
        </a>{' '}
        <span className="kern-body--small">({t('documents.fileSize', { size: formatNumber(Math.max(1, Math.round(file.byteSize / 1024)), language) })})</span>{' '}
        <Badge tone={tone}>{t(`documents.textStates.${file.textState}`, { count: file.textLength })}</Badge>
      </p>
      {file.textError && <p className="kern-body kern-body--small">{file.textError}</p>}
      {document.canEdit && (
        <ConfirmButton
          small
          label={t('common.remove')}
          accessibleLabel={t('documents.removeFile', { name: file.fileName })}
          question={t('documents.removeFileQuestion', { name: file.fileName })}
          confirmLabel={t('common.remove')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      )}
      <FormAlert error={remove.error} />
    </li>
  );
}

/** The attached files: download, the state of their text, upload and removal. */
export function FilesSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);
  const upload = useMutation({
    mutationFn: (chosen: File) => documentApi.addFile(document.id, chosen),
    onSuccess: async () => {
      setFile(null);
      setFormKey((key) => key + 1);
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
    },
  });
  return (
    <>
      {document.files.length === 0 ? (
        <p className="kern-body">{t('documents.noFiles')}</p>
      ) : (
        <ul className="file-list">
          {document.files.map((item) => (
            <FileItem key={item.id} document={document} file={item} />
          ))}
        </ul>
      )}
      {document.canEdit && (
        <form
          key={formKey}
          className="record-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (file) upload.mutate(file);
          }}
        >
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={inputId}>
              {t('documents.attachFile')}
            </label>
            <div className="kern-hint" id={`${inputId}-hint`}>
              {t('documents.attachHint')}
            </div>
            <input id={inputId} className="kern-form-input__input" type="file" aria-describedby={`${inputId}-hint`} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </div>
          <FormAlert error={upload.error} />
          <div className="button-row">
            <button type="submit" className="kern-btn kern-btn--secondary" disabled={!file || upload.isPending}>
              <span className="kern-label">{upload.isPending ? t('common.sending') : t('documents.upload')}</span>
            </button>
          </div>
        </form>
      )}
    </>
  );
}
