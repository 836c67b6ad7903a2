import type { ReactNode } from 'react';

interface Props {
  /** Whether the form is open. */
  open: boolean;
  /** What the button says, e.g. "Add a session". */
  label: string;
  onOpen: () => void;
  /** The form, shown instead of the button while open. */
  children: ReactNode;
}

/** Below a list its editors add to: the button that opens the form for a new entry, or the form while it is open. */
export function AddEntry({ open, label, onOpen, children }: Props) {
  if (open) return children;
  return (
    <p className="button-row">
      <button type="button" className="kern-btn kern-btn--secondary" onClick={onOpen}>
        <span className="kern-label">{label}</span>
      </button>
    </p>
  );
}
