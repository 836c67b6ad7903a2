import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../shell/LocalizedText';
import { usePartnership } from './usePartnership';

/** A link to a partnership, named once its record has loaded. */
export function PartnershipLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const partnership = usePartnership(id);
  return (
    <Link className="kern-link" to={`/partnerships/${id}`}>
      {partnership.data ? <LocalizedText value={partnership.data.title} /> : t('common.loading')}
    </Link>
  );
}
