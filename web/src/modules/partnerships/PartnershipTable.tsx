import { useTranslation } from 'react-i18next';
import { LocalizedText } from '../../shell/LocalizedText';
import { RecordTable } from '../../shell/RecordTable';
import { PartnershipSince } from './PartnershipSince';
import type { PartnershipSummary } from './partnershipApi';
import { PartyNames } from './PartyNames';

export function PartnershipTable({ partnerships }: { partnerships: PartnershipSummary[] }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={t('partnerships.caption')}
      empty={t('partnerships.empty')}
      rows={partnerships}
      columns={[
        { header: t('partnerships.columnTitle'), cell: (partnership) => <LocalizedText value={partnership.title} />, link: (partnership) => `/partnerships/${partnership.id}` },
        { header: t('partnerships.columnKind'), cell: (partnership) => t(`enums.partnershipKind.${partnership.kind}`) },
        { header: t('partnerships.columnParties'), cell: (partnership) => <PartyNames parties={partnership.parties} /> },
        { header: t('partnerships.columnSince'), cell: (partnership) => <PartnershipSince since={partnership.since} precision={partnership.sincePrecision} /> },
        { header: t('partnerships.columnStatus'), cell: (partnership) => t(`enums.partnershipStatus.${partnership.status}`) },
      ]}
    />
  );
}
