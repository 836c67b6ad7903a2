import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../lib/api/apiUrl';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { HostRotationSection } from './HostRotationSection';
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
      <div className="button-row">
        {network.canEdit && (
          <Link className="kern-btn kern-btn--secondary" to={`/exchanges/new?networkId=${network.id}`}>
            <span className="kern-label">{t('networks.planMeeting')}</span>
          </Link>
        )}
        <a className="kern-btn kern-btn--tertiary" href={apiUrl(`/networks/${network.id}/calendar.ics`, { lang: language })} download>
          <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
          <span className="kern-label">{t('calendar.download')}</span>
        </a>
      </div>
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
        <NetworkMemberTable members={network.members} />
      </Section>
    </>
  );
}
