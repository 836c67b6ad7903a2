import type { ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string | number;
  /** Said instead of the list when there is nothing in it. */
  empty: string;
  /** A numbered list, where the order means something (phases). */
  ordered?: boolean;
  className?: string;
  /** The class of each item (`kern-body`; empty for none). */
  itemClassName?: string;
  children: (item: T) => ReactNode;
}

/** The entries of a record's part as a list, or a sentence saying there are none. */
export function ItemList<T>({ items, keyOf, empty, ordered = false, className = 'kern-list', itemClassName = 'kern-body', children }: Props<T>) {
  if (items.length === 0) return <p className="kern-body">{empty}</p>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={className}>
      {items.map((item) => (
        <li key={keyOf(item)} className={itemClassName || undefined}>
          {children(item)}
        </li>
      ))}
    </List>
  );
}
