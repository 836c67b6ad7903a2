import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { FileField } from '../../shell/FileField';
import { documentApi, type DocumentDetail, type DocumentFile } from './documentApi';
import { DocumentPartsSection, RemovePartButton } from './DocumentPartsSection';

function FileItem({ document, file }: { document: DocumentDetail; file: DocumentFile }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
      {document.canEdit && <RemovePartButton remove={() => documentApi.removeFile(document.id, file.id)} accessibleLabel={t('documents.removeFile', { name: file.fileName })} question={t('documents.removeFileQuestion', { name: file.fileName })} />}
    </li>
  );
}

/** The attached files: download, the state of their text, upload and removal. */
export function FilesSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  return (
    <DocumentPartsSection<File>
      document={document}
      items={document.files.map((item) => (
        <FileItem key={item.id} document={document} file={item} />
      ))}
      emptyText={t('documents.noFiles')}
      listClassName="file-list"
      add={(chosen) => documentApi.addFile(document.id, chosen)}
      submitLabel={(pending) => (pending ? t('common.sending') : t('documents.upload'))}
      field={(choose) => <FileField label={t('documents.attachFile')} hint={t('documents.attachHint')} onFiles={([file]) => choose(file ?? null)} />}
    />
  );
}
