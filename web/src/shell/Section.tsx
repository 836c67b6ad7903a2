import { useId, type ReactNode } from 'react';

interface Props {
  title: ReactNode;
  children: ReactNode;
}

/** A titled part of a page (h2), labelled by its heading for landmark navigation. */
export function Section({ title, children }: Props) {
  const headingId = useId();
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="kern-heading-medium">
        {title}
      </h2>
      {children}
    </section>
  );
}
