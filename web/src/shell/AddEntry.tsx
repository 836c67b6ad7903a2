import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** Whether the form is open. */
  open: boolean;
  /** What the button says, e.g. "Add a session". */
  label: string;
  onOpen: () => void;
  /** The form, shown instead of the button while open. */
  children: ReactNode;
}

const FIELD = 'input:not([type="hidden"]), select, textarea';

/**
 * Below a list its editors add to: the button that opens the form for a new entry, or the form while it is open.
 * Opening puts the focus in the form's first field, closing (saved or cancelled) back on the button, so that
 * keyboard and screen-reader users are not left at the top of the page.
 */
export function AddEntry({ open, label, onOpen, children }: Props) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);

  useEffect(() => {
    if (open === wasOpen.current) return;
    wasOpen.current = open;
    if (!open) {
      buttonRef.current?.focus();
      return;
    }
    const frame = formRef.current;
    if (!frame) return;
    const focusFirstField = () => {
      const field = frame.querySelector<HTMLElement>(FIELD);
      field?.focus();
      return Boolean(field);
    };
    if (focusFirstField()) return;
    // A form that loads its parts first (behind Suspense) gets its fields a moment later.
    const observer = new MutationObserver(() => {
      if (focusFirstField()) observer.disconnect();
    });
    observer.observe(frame, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [open]);

  if (open) return <div ref={formRef}>{children}</div>;
  return (
    <p className="button-row">
      <button ref={buttonRef} type="button" className="kern-btn kern-btn--secondary" onClick={onOpen}>
        <span className="kern-label">{label}</span>
      </button>
    </p>
  );
}
