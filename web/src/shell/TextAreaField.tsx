import { controlProps, FieldFrame, type FieldBasics } from './FieldFrame';

interface Props extends FieldBasics {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  rows?: number;
}

/** A labelled KERN multi-line text input. */
export function TextAreaField({ value, onChange, maxLength, rows = 4, ...field }: Props) {
  return (
    <FieldFrame {...field}>
      <textarea {...controlProps(field, 'kern-form-input__input text-area')} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} maxLength={maxLength} />
    </FieldFrame>
  );
}
