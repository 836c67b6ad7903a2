import type { Ref } from 'react';
import { controlProps, FieldFrame, type FieldBasics } from './FieldFrame';

interface Props extends FieldBasics {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date';
  autoComplete?: string;
  maxLength?: number;
  spellCheck?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled KERN text input with an optional hint and its error message. */
export function TextField({ value, onChange, type = 'text', autoComplete, maxLength, spellCheck, inputRef, ...field }: Props) {
  return (
    <FieldFrame {...field}>
      <input ref={inputRef} {...controlProps(field)} type={type} value={value} onChange={(event) => onChange(event.target.value)} autoComplete={autoComplete} maxLength={maxLength} spellCheck={spellCheck} />
    </FieldFrame>
  );
}
