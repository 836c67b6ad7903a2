import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { RecordIntro } from '../../shell/RecordIntro';
import { Badge } from '../../shell/Badge';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { HostRotationSection } from './HostRotationSection';
import { NetworkActions } from './NetworkActions';
import { NetworkFacts } from './NetworkFacts';
import { NetworkMeetings } from './NetworkMeetings';
import { NetworkMemberTable } from './NetworkMemberTable';
import { NetworkName } from './NetworkName';
import type { NetworkDetail } from './networkApi';

export function NetworkDetailView({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <PageHeading title={pickText(network.name, language, network.shortName ?? '').text}>
        <NetworkName network={network} />
      </PageHeading>
      <p className="badge-row">
        <Badge>{t(`enums.networkKind.${network.kind}`)}</Badge> <Badge>{t(`enums.networkCadence.${network.cadence}`)}</Badge>
        {network.archivedAt !== null && (
          <>
            {' '}
            <Badge>{t('networks.archived')}</Badge>
          </>
        )}
      </p>
      <RecordIntro text={network.description} />
      <NetworkActions network={network} />
      <Section title={t('networks.facts')}>
        <NetworkFacts network={network} />
      </Section>
      <Section title={t('networks.meetings')}>
        <NetworkMeetings networkId={network.id} />
      </Section>
      <Section title={t('rotation.title')}>
        <HostRotationSection network={network} />
      </Section>
      <Section title={t('networks.members')}>
        <NetworkMemberTable networkId={network.id} members={network.members} canEdit={network.canEdit} />
      </Section>
    </>
  );
}
