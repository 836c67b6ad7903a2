import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../lib/useLanguage';
import { LocalizedText } from '../../shell/LocalizedText';
import { formatMoney } from '../plans/formatMoney';
import type { Grant } from './fundingApi';

/** "Programme: 12.000,00 € · bewilligt · AZ 4711": a grant named by its programme, linked to it. */
export function GrantLine({ grant }: { grant: Pick<Grant, 'programme' | 'amount' | 'currency' | 'status' | 'reference'> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Link className="kern-link" to={`/funding/programmes/${grant.programme.id}`}>
        <LocalizedText value={grant.programme.name} />
      </Link>
      : {formatMoney(grant.amount, grant.currency, language)} · {t(`funding.grantStatus.${grant.status}`)}
      {grant.reference && ` · ${grant.reference}`}
    </>
  );
}
