import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The button that starts the action, e.g. "Remove". */
  label: string;
  /** What the user is asked, e.g. "Remove Anna from this workspace?". */
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  /** A more precise accessible name for the first button when its label alone is ambiguous (e.g. in a table). */
  accessibleLabel?: string;
  /** Small buttons, for rows of a table. */
  small?: boolean;
}

/**
 * A destructive action asked about in place (no modal dialog): the question and the
 * confirming button appear next to it and take the focus; "Cancel" returns it.
 */
export function ConfirmButton({ label, question, confirmLabel, pending, onConfirm, accessibleLabel, small }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const size = small ? ' kern-btn--x-small' : '';

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button ref={startRef} type="button" className={`kern-btn kern-btn--secondary${size}`} aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        <span className="kern-label">{label}</span>
      </button>
    );
  }
  return (
    <span className="confirm-button" role="group" aria-label={question}>
      <span className="kern-body kern-body--small">{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className={`kern-btn kern-btn--primary${size}`}
        aria-disabled={pending || undefined}
        onClick={() => {
          if (!pending) onConfirm();
        }}
      >
        <span className="kern-label">{confirmLabel}</span>
      </button>
      <button
        type="button"
        className={`kern-btn kern-btn--tertiary${size}`}
        onClick={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      >
        <span className="kern-label">{t('common.cancel')}</span>
      </button>
    </span>
  );
}
