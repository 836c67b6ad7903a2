import type { ReactNode } from 'react';

/** A KERN info badge for a kind or status. */
export function Badge({ children }: { children: ReactNode }) {
  return (
    <span className="kern-badge kern-badge--info">
      <span className="kern-label">{children}</span>
    </span>
  );
}
