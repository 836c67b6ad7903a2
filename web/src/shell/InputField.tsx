import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'number' | 'date' | 'time';
  min?: string;
  max?: string;
  lang?: string;
  multiline?: boolean;
}

/** A labelled KERN text input showing the server's message for it. */
export function InputField({ label, value, onChange, error, hint, required, type = 'text', lang, multiline, min, max }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    required,
    lang,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    className: 'kern-form-input__input',
  } as const;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {required && <span className="kern-label__optional"> *</span>}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="kern-hint">
          {hint}
        </div>
      )}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} min={min} max={max} step={type === 'number' ? 'any' : undefined} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && (
        <p id={`${id}-error`} className="kern-error">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
    </div>
  );
}
