interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
}

/** A labelled KERN date input for a filter (empty means no limit). */
export function DateField({ id, label, value, onChange, min, max }: Props) {
  return (
    <div className="kern-form-input date-field">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="date"
        className="kern-form-input__input"
        value={value}
        min={min}
        max={max}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
