import { useState, type ReactNode } from 'react';

/** A small button that opens a dialog without leaving the form at hand; `dialog` is given the function that closes it. */
export function DialogButton({ label, dialog }: { label: string; dialog: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p className="button-row">
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setOpen(true)}>
          <span className="kern-label">{label}</span>
        </button>
      </p>
      {open && dialog(() => setOpen(false))}
    </>
  );
}
