import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy } from '../../shell/describedBy';
import { FieldError } from '../../shell/FieldError';

interface Props {
  /** Also the target of the error summary's link to this field. */
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  error?: string;
}

const ACCEPT = '.pdf,.txt,.md,application/pdf,text/plain,text/markdown';

/** Several files to upload: chosen with the file input, or dropped onto the field. */
export function FilesField({ id, files, onChange, error }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = [...event.dataTransfer.files];
    if (dropped.length > 0) onChange(dropped);
  };
  return (
    <div
      className={`kern-form-input files-field${dragging ? ' files-field--dragging' : ''}${error ? ' kern-form-input--error' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label className="kern-label" htmlFor={id}>
        {t('upload.files')}
      </label>
      <div className="kern-hint" id={`${id}-hint`}>
        {t('upload.filesHint')}
      </div>
      <input
        id={id}
        className="kern-form-input__input"
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby={describedBy(id, true, error, `${id}-chosen`)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange([...(event.target.files ?? [])])}
      />
      <p className="kern-body kern-body--small" id={`${id}-chosen`}>
        {files.length > 0 ? t('upload.chosen', { count: files.length, names: files.map((file) => file.name).join(', ') }) : t('upload.noneChosen')}
      </p>
      <FieldError id={id} message={error} />
    </div>
  );
}
