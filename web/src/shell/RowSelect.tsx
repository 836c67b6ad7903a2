import { useId } from 'react';

export interface RowSelectProps {
  /** Read to screen readers only: the row names what the choice is about ("Rolle von Stadt Leipzig"). */
  label: string;
  value: string;
  options: { value: string; label: string }[];
  /** A first option with the empty value ("Bitte wählen", "Keine Delegation"). */
  emptyLabel?: string;
  onChange: (value: string) => void;
  id?: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

/** A select inside a row of a list or table, labelled for screen readers by the row it belongs to. */
export function RowSelect({ label, value, options, emptyLabel, onChange, id, invalid, describedBy, disabled }: RowSelectProps) {
  const ownId = useId();
  const selectId = id ?? ownId;
  return (
    <>
      <label className="kern-sr-only" htmlFor={selectId}>
        {label}
      </label>
      <select
        id={selectId}
        className="kern-form-input__select"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
