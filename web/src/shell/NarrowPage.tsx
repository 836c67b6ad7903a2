import type { ReactNode } from 'react';
import { PageHeading } from './PageHeading';

/** A page of one short task in a narrow column (signing in, a link from an e-mail): its heading, then what it holds. */
export function NarrowPage({ title, heading = title, children }: { title: string; heading?: ReactNode; children: ReactNode }) {
  return (
    <div className="narrow-page">
      <PageHeading title={title}>{heading}</PageHeading>
      {children}
    </div>
  );
}
