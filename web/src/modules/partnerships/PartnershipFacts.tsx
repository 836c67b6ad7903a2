import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { FactList } from '../../shell/FactList';
import { PartnershipLinkList } from './PartnershipLinkList';
import { PartnershipSince } from './PartnershipSince';
import type { PartnershipDetail } from './partnershipApi';
import { PartyList } from './PartyList';

export function PartnershipFacts({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <FactList
      facts={[
        { label: t('partnerships.kind'), value: t(`enums.partnershipKind.${partnership.kind}`) },
        { label: t('partnerships.status'), value: t(`enums.partnershipStatus.${partnership.status}`) },
        { label: t('partnerships.parties'), value: <PartyList parties={partnership.parties} /> },
        {
          label: t('partnerships.since'),
          value: partnership.since && <PartnershipSince since={partnership.since} precision={partnership.sincePrecision} />,
        },
        {
          label: t('partnerships.endedOn'),
          value: partnership.endedOn && <time dateTime={partnership.endedOn}>{formatDate(partnership.endedOn, language)}</time>,
        },
        { label: t('partnerships.parent'), value: partnership.parent && <PartnershipLinkList partnerships={[partnership.parent]} /> },
        {
          label: t('partnerships.children'),
          value: partnership.children.length > 0 && <PartnershipLinkList partnerships={partnership.children} />,
        },
      ]}
    />
  );
}
