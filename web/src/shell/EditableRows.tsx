import type { ReactNode } from 'react';

interface Props<R> {
  rows: readonly R[];
  onChange: (rows: R[]) => void;
  keyOf: (row: R) => string | number;
  /** The row the add button appends. */
  newRow: () => R;
  addLabel: string;
  /** The remove button's label for a row (`Remove phase 2`); without it rows cannot be removed here. */
  removeLabel?: (index: number) => string;
  /** Names each row as a group, where its fields have the same labels from row to row. */
  rowLabel?: (index: number) => string;
  rowClassName?: string;
  /** A row's fields; `change` merges new values into that row. */
  children: (row: R, change: (changes: Partial<R>) => void, index: number) => ReactNode;
}

/** Rows of a form that repeat (phases, indicators, deadlines): each row's fields and remove button, then a button to add one. */
export function EditableRows<R>({ rows, onChange, keyOf, newRow, addLabel, removeLabel, rowLabel, rowClassName = 'form-row', children }: Props<R>) {
  const change = (index: number) => (changes: Partial<R>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...changes } : row)));
  return (
    <>
      {rows.map((row, index) => (
        <div key={keyOf(row)} className={rowClassName} role={rowLabel ? 'group' : undefined} aria-label={rowLabel?.(index)}>
          {children(row, change(index), index)}
          {removeLabel && (
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
              <span className="kern-label">{removeLabel(index)}</span>
            </button>
          )}
        </div>
      ))}
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => onChange([...rows, newRow()])}>
        <span className="kern-label">{addLabel}</span>
      </button>
    </>
  );
}
