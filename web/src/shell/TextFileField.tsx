import type { ReactNode } from 'react';
import { FileField } from './FileField';

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
  return <FileField label={label} hint={hint} accept={accept} disabled={disabled} clearAfterChoosing={clearAfterReading} onFiles={([file]) => file && void file.text().then(onText)} />;
}
