import { Link } from 'react-router';

interface Props {
  to: string;
  children: string;
}

/** A link back to the list a detail page belongs to. */
export function BackLink({ to, children }: Props) {
  return (
    <p className="back-link">
      <Link className="kern-link" to={to}>
        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
        {children}
      </Link>
    </p>
  );
}
