import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import { FieldHead } from './FieldHead';

interface Props {
  label: string;
  hint?: ReactNode;
  /** Also the target of the error summary's link to this field; generated when not given. */
  id?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** The file types offered, e.g. `.csv,text/csv`. */
  accept?: string;
  multiple?: boolean;
  /** The files chosen, none when the choice is emptied. */
  onFiles: (files: File[]) => void;
  /** Files may also be dropped onto the field. */
  droppable?: boolean;
  /** Empties the field once the files are handed on, so the same file, corrected, can be chosen again. */
  clearAfterChoosing?: boolean;
  /** Shown under the input; `describedId` names it where the input is to be described by it (what is chosen). */
  below?: ReactNode;
  describedId?: string;
}

/** A labelled file input of the field family: its hint, a mark when required, and the message for it. */
export function FileField({ label, hint, id: givenId, error, required, disabled, accept, multiple, onFiles, droppable = false, clearAfterChoosing = false, below, describedId }: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
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
    if (dropped.length > 0) onFiles(dropped);
  };
  const zone = droppable ? ` files-field${dragging ? ' files-field--dragging' : ''}` : '';
  return (
    <div
      className={`kern-form-input${zone}${error ? ' kern-form-input--error' : ''}`}
      onDragOver={droppable ? onDragOver : undefined}
      onDragLeave={droppable ? () => setDragging(false) : undefined}
      onDrop={droppable ? onDrop : undefined}
    >
      <FieldHead id={id} label={label} required={required} hint={hint} />
      <input
        id={id}
        className="kern-form-input__input"
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={describedBy(id, hint, error, describedId)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          if (clearAfterChoosing) event.target.value = '';
        }}
      />
      {below}
      <FieldError id={id} message={error} />
    </div>
  );
}
