import { useId, type ReactNode } from 'react';
import { FieldHead } from './FieldHead';

interface Props {
  label: string;
  hint?: ReactNode;
  /** The file types offered, e.g. `.csv,text/csv`. */
  accept: string;
  disabled?: boolean;
  /** The chosen file's text. */
  onText: (text: string) => void;
  /** Empties the field once the file is read, so the same file, corrected, can be chosen again. */
  clearAfterReading?: boolean;
}

/** A file field whose file is read as text in the browser (a CSV or GeoJSON file to import). */
export function TextFileField({ label, hint, accept, disabled, onText, clearAfterReading = false }: Props) {
  const id = useId();
  return (
    <div className="kern-form-input">
      <FieldHead id={id} label={label} hint={hint} />
      <input
        id={id}
        type="file"
        accept={accept}
        className="kern-form-input__input"
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void file.text().then(onText);
          if (clearAfterReading) event.target.value = '';
        }}
      />
    </div>
  );
}
