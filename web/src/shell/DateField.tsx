import { InputField } from './InputField';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
}

/** A labelled date input for a filter bar (empty means no limit), as narrow as a date. */
export function DateField(props: Props) {
  return (
    <div className="date-field">
      <InputField {...props} type="date" />
    </div>
  );
}
