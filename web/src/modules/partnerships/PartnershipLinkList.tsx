import { Link } from 'react-router';
import { LocalizedText } from '../../shell/LocalizedText';
import type { PartnershipLink } from './partnershipApi';

/** Links to related partnerships (parent or children). */
export function PartnershipLinkList({ partnerships }: { partnerships: PartnershipLink[] }) {
  return (
    <ul>
      {partnerships.map((partnership) => (
        <li key={partnership.id}>
          <Link className="kern-link" to={`/partnerships/${partnership.id}`}>
            <LocalizedText value={partnership.title} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
