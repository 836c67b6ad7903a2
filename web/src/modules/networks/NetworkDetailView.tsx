import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { NetworkFacts } from './NetworkFacts';
import { NetworkMeetings } from './NetworkMeetings';
import { NetworkMemberTable } from './NetworkMemberTable';
import { NetworkName } from './NetworkName';
import type { NetworkDetail } from './networkTypes';

export function NetworkDetailView({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hasDescription = pickText(network.description, language).text !== '';
  return (
    <>
      <PageHeading title={pickText(network.name, language, network.shortName ?? '').text}>
        <NetworkName network={network} />
      </PageHeading>
      <p className="badge-row">
        <Badge>{t(`enums.networkCadence.${network.cadence}`)}</Badge>
      </p>
      {hasDescription && (
        <p className="kern-body kern-body--large page-intro">
          <LocalizedText value={network.description} />
        </p>
      )}
      <Section title={t('networks.facts')}>
        <NetworkFacts network={network} />
      </Section>
      <Section title={t('networks.meetings')}>
        <NetworkMeetings networkId={network.id} />
      </Section>
      <Section title={t('networks.members')}>
        <NetworkMemberTable members={network.members} />
      </Section>
    </>
  );
}
