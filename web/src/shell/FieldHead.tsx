import type { ReactNode } from 'react';

/** A field's label, with an asterisk when the field is required, and the hint under it (`${id}-hint`, for aria-describedby). */
export function FieldHead({ id, label, required, hint }: { id: string; label: string; required?: boolean; hint?: ReactNode }) {
  return (
    <>
      <label className="kern-label" htmlFor={id}>
        {label}
        {required && <span className="kern-label__optional"> *</span>}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="kern-hint">
          {hint}
        </div>
      )}
    </>
  );
}
