import { useTranslation } from 'react-i18next';
import { FileField } from '../../shell/FileField';
import { DOCUMENT_FILE_TYPES } from './documentFileTypes';

interface Props {
  /** Also the target of the error summary's link to this field. */
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  error?: string;
}

/** Several files to upload: chosen with the file input, or dropped onto the field. */
export function FilesField({ id, files, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <FileField
      id={id}
      label={t('upload.files')}
      hint={t('upload.filesHint')}
      accept={DOCUMENT_FILE_TYPES}
      multiple
      droppable
      onFiles={onChange}
      error={error}
      describedId={`${id}-chosen`}
      below={
        <p className="kern-body kern-body--small" id={`${id}-chosen`}>
          {files.length > 0 ? t('upload.chosen', { count: files.length, names: files.map((file) => file.name).join(', ') }) : t('upload.noneChosen')}
        </p>
      }
    />
  );
}
