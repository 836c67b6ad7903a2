import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
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
        event.preventDefault();
        onClose();
      }}
    >
      <form
        className="record-form"
        aria-labelledby={headingId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          event.stopPropagation();
          onSubmit();
        }}
      >
        <h2 id={headingId} className="kern-heading-medium">
          {title}
        </h2>
        {children}
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={pending}>
            <span className="kern-label">{submitLabel}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={onClose}>
            <span className="kern-label">{t('common.cancel')}</span>
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
