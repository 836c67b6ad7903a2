import { Link } from 'react-router';

export interface ListedLink {
  to: string;
  label: string;
}

/** A list of links to pages of the app, one an item; a `false` or missing entry (a link the reader may not follow) is left out. */
export function LinkList({ links }: { links: readonly (ListedLink | false | null | undefined)[] }) {
  return (
    <ul className="kern-list">
      {links
        .filter((link): link is ListedLink => Boolean(link))
        .map((link) => (
          <li key={link.to}>
            <Link className="kern-link" to={link.to}>
              {link.label}
            </Link>
          </li>
        ))}
    </ul>
  );
}
