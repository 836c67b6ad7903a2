import { useTranslation } from 'react-i18next';
import { BadgeRow } from '../../shell/BadgeRow';
import { RecordIntro } from '../../shell/RecordIntro';
import { Section } from '../../shell/Section';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { PartnershipPlans } from '../plans/PartnershipPlans';
import { PartnershipActions } from './PartnershipActions';
import { PartnershipFacts } from './PartnershipFacts';
import { PartnershipTimeline } from './PartnershipTimeline';
import { ChildPartnerships } from './ChildPartnerships';
import { ProjectGroupsSection } from './ProjectGroupsSection';
import type { PartnershipDetail } from './partnershipApi';
import { RecordHeading } from '../../shell/RecordHeading';

export function PartnershipDetailView({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <RecordHeading value={partnership.title} />
      <BadgeRow badges={[t(`enums.partnershipKind.${partnership.kind}`), t(`enums.partnershipStatus.${partnership.status}`)]} themes={partnership.themes} />
      <PartnershipActions partnership={partnership} />
      <RecordIntro text={partnership.description} />
      <Section title={t('partnerships.facts')}>
        <PartnershipFacts partnership={partnership} />
      </Section>
      <Section title={t('partnerships.timeline')}>
        <PartnershipTimeline partnershipId={partnership.id} hasChildren={partnership.children.length > 0} />
      </Section>
      {partnership.children.length > 0 && (
        <Section title={t('partnerships.childrenTitle')}>
          <ChildPartnerships partnership={partnership} />
        </Section>
      )}
      <Section title={t('projectGroups.title')}>
        <ProjectGroupsSection partnershipId={partnership.id} workspaceId={partnership.workspaceId} parties={partnership.parties} />
      </Section>
      <PartnershipPlans partnershipId={partnership.id} />
      <RecordHistorySection path={`/partnerships/${encodeURIComponent(partnership.id)}/history`} workspaceId={partnership.workspaceId} />
    </>
  );
}
