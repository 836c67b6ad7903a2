import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NetworkName } from './NetworkName';
import { useNetwork } from './useNetwork';

/** A link to a network, named once its record has loaded. */
export function NetworkLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const network = useNetwork(id);
  return (
    <Link className="kern-link" to={`/networks/${id}`}>
      {network.data ? <NetworkName network={network.data} /> : t('common.loading')}
    </Link>
  );
}
