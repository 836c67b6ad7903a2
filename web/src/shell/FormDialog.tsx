import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { InlineForm } from './InlineForm';

interface Props {
  title: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  /** Closing without saving: Escape, "Cancel", or after saving. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A small modal form (the native dialog element, so focus stays inside and Escape closes it),
 * placed outside the page's own form so the two never nest. Nothing is saved until it is submitted.
 */
export function FormDialog({ title, submitLabel, pending, onSubmit, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      className="form-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        // A dialog opened from inside another one closes alone.
        event.stopPropagation();
        event.preventDefault();
        onClose();
      }}
    >
      <InlineForm heading={title} headingId={headingId} level={2} onSubmit={onSubmit} pending={pending} submitLabel={submitLabel} onCancel={onClose} isolated>
        {children}
      </InlineForm>
    </dialog>,
    document.body,
  );
}
