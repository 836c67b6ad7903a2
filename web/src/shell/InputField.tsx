import { useId, type ReactNode, type Ref } from 'react';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import { FieldHead } from './FieldHead';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Also the input's name and the target of the error summary's link to this field; generated when not given. */
  id?: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'number' | 'date' | 'time' | 'password';
  min?: string;
  max?: string;
  lang?: string;
  multiline?: boolean;
  autoComplete?: string;
  maxLength?: number;
  spellCheck?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled KERN text input (or text area) with its hint, a mark when required, and the server's message for it. */
export function InputField({ label, value, onChange, id: givenId, error, hint, required, type = 'text', lang, multiline, min, max, autoComplete, maxLength, spellCheck, inputRef }: Props) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const common = {
    id,
    name: givenId,
    value,
    required,
    lang,
    autoComplete,
    maxLength,
    spellCheck,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
  } as const;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <FieldHead id={id} label={label} required={required} hint={hint} />
      {multiline ? (
        <textarea {...common} className="kern-form-input__input text-area" rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          ref={inputRef}
          className="kern-form-input__input"
          type={type}
          min={min}
          max={max}
          step={type === 'number' ? 'any' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldError id={id} message={error} />
    </div>
  );
}
