import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { FactList } from '../../shell/FactList';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import { NetworkLink } from '../networks/NetworkLink';
import { PartnershipLink } from '../partnerships/PartnershipLink';
import { ExchangeDates } from './ExchangeDates';
import type { ExchangeDetail } from './exchangeApi';
import { SeriesPart } from './SeriesPart';
import { TimeZoneLabel } from './TimeZoneLabel';
import { VenueName } from './VenueName';

export function ExchangeFacts({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <FactList
      facts={[
        { label: t('exchanges.kind'), value: t(`enums.exchangeKind.${exchange.kind}`) },
        { label: t('exchanges.status'), value: t(`enums.exchangeStatus.${exchange.status}`) },
        { label: t('exchanges.dates'), value: <ExchangeDates startDate={exchange.startDate} endDate={exchange.endDate} /> },
        { label: t('exchanges.timeZone'), value: <TimeZoneLabel timeZone={exchange.timeZone} onDate={exchange.startDate} /> },
        { label: t('exchanges.venue'), value: (exchange.venue || exchange.venueName) && <VenueName exchange={exchange} /> },
        {
          label: t('exchanges.series'),
          value: exchange.series && (
            <>
              <SeriesPart series={exchange.series} link />
              {' – '}
              <LocalizedText value={exchange.series.title} />
            </>
          ),
        },
        { label: t('exchanges.partnership'), value: exchange.partnershipId && <PartnershipLink id={exchange.partnershipId} /> },
        { label: t('exchanges.network'), value: exchange.networkId && <NetworkLink id={exchange.networkId} /> },
        {
          label: t('exchanges.host'),
          value: exchange.hostNetworkMember && (exchange.hostNetworkMember.place ? <PlaceName place={exchange.hostNetworkMember.place} /> : exchange.hostNetworkMember.organization && <OrganizationName organization={exchange.hostNetworkMember.organization} />),
        },
        { label: t('exchanges.capacity'), value: exchange.capacity !== null && formatNumber(exchange.capacity, language) },
        {
          label: t('exchanges.reportedParticipants'),
          value: exchange.reportedParticipants !== null && formatNumber(exchange.reportedParticipants, language),
        },
      ]}
    />
  );
}
