import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Section } from '../../shell/Section';

interface Props<T> {
  title: string;
  items: T[];
  empty: string;
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
  /** Where the whole list is. */
  more?: { to: string; label: string };
}

/** A titled short list of links with a sentence when it is empty and a link to the whole list. */
export function ShortList<T>({ title, items, empty, keyOf, children, more }: Props<T>) {
  return (
    <Section title={title}>
      {items.length === 0 ? (
        <p className="kern-body">{empty}</p>
      ) : (
        <ul className="kern-list start-list">
          {items.map((item) => (
            <li key={keyOf(item)} className="kern-body">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
      {more && (
        <p className="kern-body">
          <Link className="kern-link" to={more.to}>
            {more.label}
          </Link>
        </p>
      )}
    </Section>
  );
}
