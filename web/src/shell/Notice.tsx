import type { ReactNode } from 'react';

interface Props {
  kind: 'success' | 'info' | 'warning';
  title: string;
  children?: ReactNode;
}

const ICONS = { success: 'success', info: 'info', warning: 'warning' } as const;

/** A KERN alert announced politely: the outcome of an action, or something to know. */
export function Notice({ kind, title, children }: Props) {
  return (
    <div className={`kern-alert kern-alert--${kind} notice`} role="status">
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${ICONS[kind]}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}
