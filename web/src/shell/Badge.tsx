import type { ReactNode } from 'react';

export type BadgeTone = 'info' | 'success' | 'warning' | 'danger';

/** A KERN badge for a kind or status; the tone marks states that need attention or are done. */
export function Badge({ children, tone = 'info' }: { children: ReactNode; tone?: BadgeTone }) {
  return (
    <span className={`kern-badge kern-badge--${tone}`}>
      <span className="kern-label">{children}</span>
    </span>
  );
}
